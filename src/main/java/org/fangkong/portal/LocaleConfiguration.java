package org.fangkong.portal;

import java.util.List;
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

	static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("fangkong-lang");
		resolver.setDefaultLocaleFunction((request) -> {
			String header = request.getHeader("Accept-Language");
			if (header == null || header.isBlank()) {
				return CHINESE;
			}
			try {
				// Filtering, not lookup: a plain "zh" or "zh-TW" should find Simplified
				// Chinese before English.
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
					if (range.getRange().startsWith("zh")) {
						return CHINESE;
					}
					List<Locale> matches = Locale.filter(List.of(range), SUPPORTED);
					if (!matches.isEmpty()) {
						return matches.get(0);
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
