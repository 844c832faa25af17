package org.fangkong.portal;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first, English second: a language chosen with {@code ?lang=} is kept in a
 * cookie; without one the request's {@code Accept-Language} decides, and a request that
 * states no language gets Chinese.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("fangkong-lang");
		resolver.setDefaultLocaleFunction((request) -> {
			String header = request.getHeader("Accept-Language");
			if (header == null || header.isBlank()) {
				return CHINESE;
			}
			try {
				// By primary language, in the client's order of preference: "en-US" alone
				// means English, and
				// "zh-TW" or a plain "zh" finds Simplified Chinese before any English
				// further down the list.
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
					if (range.getRange().startsWith("zh")) {
						return CHINESE;
					}
					if (range.getRange().startsWith("en")) {
						return Locale.ENGLISH;
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// A malformed header is no reason to fail the request.
			}
			return CHINESE;
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
