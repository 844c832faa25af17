package org.fangkong.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * AU3: a client address that failed too often is turned away before its password is even
 * checked.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginAttempts attempts;

	LoginThrottleFilter(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.attempts.isThrottled(request.getRemoteAddr())) {
			response.sendRedirect(request.getContextPath() + "/login?throttled");
			return;
		}
		chain.doFilter(request, response);
	}

}
