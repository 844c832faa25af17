package org.fangkong.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.DatabaseFailures;
import org.fangkong.shared.DatabaseUnavailableException;
import org.fangkong.shared.Role;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The security rules of every route (SECURITY.md AC8: deny by default). Two chains: the
 * REST API under {@code /api/**} is stateless (HTTP Basic or a personal access token as
 * Bearer, no session, no CSRF); the pages use form login with a session, CSRF (htmx sends
 * the token as a header) and a strict CSP. Each module contributes the rules of its own
 * pages ({@link RouteContributor}); a page no rule names is denied.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder(Clock clock,
			@Value("${fangkong.security.credential-cache:5m}") Duration credentialCache) {
		return new VerifiedCredentials(PasswordEncoderFactories.createDelegatingPasswordEncoder(), credentialCache,
				clock);
	}

	/**
	 * Issue #19: no Micrometer observation of every security filter, authentication and
	 * authorization (12 % of a registration's CPU, 25 % of a {@code /me}). The HTTP
	 * server metrics ({@code http.server.requests}) stay; they time the whole request.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AccessTokens tokens, AccountDetailsService details,
			AuditTrail audit, MessageSource messages, LoginAttempts attempts, RecentTokens recent) throws Exception {
		// Not beans: as beans, Boot would also register them as servlet filters for every
		// request.
		BearerTokenFilter bearer = new BearerTokenFilter(tokens, details, messages, attempts, recent);
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			if (DatabaseFailures.isUnavailable(ex)) {
				// RE5: the user could not be loaded; not a wrong password
				throw new DatabaseUnavailableException(ex);
			}
			response.setHeader("WWW-Authenticate", "Basic realm=\"fangkong\", Bearer");
			writeProblem(response, HttpStatus.UNAUTHORIZED, messages, request, "problem.unauthorized");
		};
		AccessDeniedHandler denied = (request, response, ex) -> {
			auditDenial(audit, request);
			writeProblem(response, HttpStatus.FORBIDDEN, messages, request, "problem.forbidden");
		};
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(unauthorized))
			.addFilterBefore(bearer, BasicAuthenticationFilter.class)
			.addFilterBefore(new LoginThrottleFilter(attempts), BearerTokenFilter.class)
			.addFilterAfter(new PasswordChangeRequiredFilter(messages), BasicAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(denied))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'"))
				.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, LoginAttempts attempts, AccountDetailsService details,
			AuditTrail audit, List<RouteContributor> contributors, SecondFactor secondFactor,
			@Value("${fangkong.map.tile-url:}") String tileUrl) throws Exception {
		AccountStateFilter accountState = new AccountStateFilter(details, secondFactor);
		SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
		AccessDeniedHandlerImpl deniedPage = new AccessDeniedHandlerImpl();
		LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
		List<RouteRule> rules = PageRoutes.ordered(contributors);
		http.authorizeHttpRequests((requests) -> {
			for (RouteRule rule : rules) {
				var matched = requests.requestMatchers(rule.pattern());
				switch (rule.access()) {
					case PUBLIC -> matched.permitAll();
					case AUTHENTICATED -> matched.authenticated();
					case ROLES ->
						matched.hasAnyRole(rule.roles().stream().map(Role::name).sorted().toArray(String[]::new));
				}
			}
			requests.anyRequest().denyAll();
		}).formLogin((form) -> form.loginPage("/login").successHandler((request, response, authentication) -> {
			audit.recordAs(authentication.getName(), IdentityAudit.LOGIN, "user", userId(authentication),
					AuditTrail.SUCCESS, null);
			if (authentication.getPrincipal() instanceof AccountPrincipal principal && principal.secondFactor()) {
				// AU6: the password was right; the code comes next, then the page asked
				// for.
				request.getSession().setAttribute(AccountStateFilter.CODE_PENDING, Boolean.TRUE);
				response.sendRedirect(request.getContextPath() + AccountStateFilter.CODE_PAGE);
				return;
			}
			success.onAuthenticationSuccess(request, response, authentication);
		}).failureHandler((request, response, exception) -> {
			if (DatabaseFailures.isUnavailable(exception)) {
				throw new DatabaseUnavailableException(exception);
			}
			response.sendRedirect(request.getContextPath() + "/login?error");
		}).permitAll())
			.logout((logout) -> logout.logoutUrl("/logout")
				.addLogoutHandler(auditLogout(audit))
				.logoutSuccessUrl("/login?logout")
				.permitAll())
			.addFilterBefore(new LoginThrottleFilter(attempts), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(accountState, AuthorizationFilter.class)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
				if (request.getHeader("HX-Request") != null) {
					// An htmx request after the session ended: send the whole page to the
					// login.
					response.setHeader("HX-Redirect", request.getContextPath() + "/login?expired");
					response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
					return;
				}
				loginPage.commence(request, response, ex);
			}).accessDeniedHandler((request, response, ex) -> {
				auditDenial(audit, request);
				deniedPage.handle(request, response, ex);
			}))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(ContentSecurityPolicy.forTileUrl(tileUrl)))
				.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	private static LogoutHandler auditLogout(AuditTrail audit) {
		return (request, response, authentication) -> {
			if (authentication != null) {
				audit.recordAs(authentication.getName(), IdentityAudit.LOGOUT, "user", userId(authentication),
						AuditTrail.SUCCESS, null);
			}
		};
	}

	private static Long userId(Authentication authentication) {
		return (authentication.getPrincipal() instanceof AccountPrincipal principal) ? principal.actor().userId()
				: null;
	}

	private static void auditDenial(AuditTrail audit, HttpServletRequest request) {
		String actor = CurrentActor.find().map((a) -> a.username()).orElse(null);
		audit.recordAs(actor, AuditAction.ACCESS_DENIED, "route", null, AuditTrail.DENIED,
				request.getMethod() + " " + request.getRequestURI());
	}

	static void writeProblem(HttpServletResponse response, HttpStatus status, MessageSource messages,
			HttpServletRequest request, String key) throws IOException {
		Locale locale = RequestContextUtils.getLocale(request);
		String detail = messages.getMessage(key, null, key, locale);
		response.setStatus(status.value());
		response.setContentType("application/problem+json;charset=UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail.replace("\"", "'") + "\",\"instance\":\""
					+ request.getRequestURI().replace("\"", "") + "\"}");
	}

}
