package org.fangkong.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * AU7 on the API: an account that still has its initial password gets nothing but a 403
 * until it is changed. AU6: an account with a second factor may not use HTTP Basic.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	private final MessageSource messages;

	PasswordChangeRequiredFilter(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& principal.mustChangePassword()) {
			SecurityConfiguration.writeProblem(response, HttpStatus.FORBIDDEN, this.messages, request,
					"problem.passwordChangeRequired");
			return;
		}
		// AU6: an account with a second factor reaches the API with a token made in a
		// session that passed it, never with the password alone.
		String header = request.getHeader("Authorization");
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& principal.secondFactor() && header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
			SecurityConfiguration.writeProblem(response, HttpStatus.FORBIDDEN, this.messages, request,
					"problem.secondFactorUseToken");
			return;
		}
		chain.doFilter(request, response);
	}

}
