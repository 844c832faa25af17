package org.fangkong.identity;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reloads the signed-in user on every page request, so that a change of roles,
 * jurisdiction or checkpoints takes effect on the next request (SECURITY.md AC4) and a
 * disabled account is signed out at once. A user who must change their initial password
 * (AU7) is sent to do so before anything else.
 */
class AccountStateFilter extends OncePerRequestFilter {

	private static final Set<String> OPEN_WHILE_CHANGING = Set.of("/account/password", "/logout", "/error");

	private final AccountDetailsService details;

	AccountStateFilter(AccountDetailsService details) {
		this.details = details;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityContext context = SecurityContextHolder.getContext();
		Authentication authentication = context.getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal current) {
			Optional<AccountPrincipal> fresh = this.details.reload(current.actor().userId());
			if (fresh.isEmpty() || !fresh.get().isEnabled()) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
			AccountPrincipal principal = fresh.get();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (principal.mustChangePassword() && !OPEN_WHILE_CHANGING.contains(path) && !isStatic(path)) {
				response.sendRedirect(request.getContextPath() + "/account/password?required");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isStatic(String path) {
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.startsWith("/img/");
	}

}
