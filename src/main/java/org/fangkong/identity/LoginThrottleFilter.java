package org.fangkong.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * AU3: a client address that failed too often is turned away before its password is even
 * checked — on the login form (back to the login page) and on any API call that carries
 * credentials (HTTP Basic or a token: 429 with {@code Retry-After}).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginAttempts attempts;

	LoginThrottleFilter(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isLoginForm(request) && request.getHeader("Authorization") == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.attempts.isThrottled(request.getRemoteAddr())) {
			if (isLoginForm(request)) {
				response.sendRedirect(request.getContextPath() + "/login?throttled");
			}
			else {
				response.setHeader("Retry-After", Long.toString(this.attempts.window().toSeconds()));
				response.setStatus(429);
				response.setContentType("application/problem+json;charset=UTF-8");
				response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429}");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isLoginForm(HttpServletRequest request) {
		return "POST".equals(request.getMethod())
				&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

}
