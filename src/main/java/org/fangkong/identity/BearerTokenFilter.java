package org.fangkong.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer fk_…}, a personal
 * access token. A token that is unknown, revoked or expired is answered with 401 at once.
 * A token found usable a moment ago is not looked up again ({@link RecentTokens}).
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final AccessTokens tokens;

	private final AccountDetailsService details;

	private final MessageSource messages;

	private final LoginAttempts attempts;

	private final RecentTokens recent;

	BearerTokenFilter(AccessTokens tokens, AccountDetailsService details, MessageSource messages,
			LoginAttempts attempts, RecentTokens recent) {
		this.recent = recent;
		this.attempts = attempts;
		this.tokens = tokens;
		this.details = details;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		String secret = header.substring(7).strip();
		String hash = AccessTokens.hash(secret);
		AccountPrincipal principal = this.recent.find(hash).orElse(null);
		if (principal == null) {
			var usable = this.tokens.authenticate(hash);
			if (usable.isEmpty()) {
				// AU3: guessing tokens counts against the address like guessing
				// passwords.
				this.attempts.failedFrom(request.getRemoteAddr());
				SecurityConfiguration.writeProblem(response, HttpStatus.UNAUTHORIZED, this.messages, request,
						"problem.unauthorized");
				return;
			}
			principal = this.details.principalOf(usable.get().account());
			this.recent.remember(hash, usable.get().tokenId(), usable.get().expiresAt(), principal);
		}
		if (principal.mustChangePassword()) {
			SecurityConfiguration.writeProblem(response, HttpStatus.FORBIDDEN, this.messages, request,
					"problem.passwordChangeRequired");
			return;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

}
