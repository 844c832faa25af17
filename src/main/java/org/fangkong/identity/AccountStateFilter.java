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
 * (AU7) is sent to do so before anything else; a login waiting for its second factor
 * (AU6) goes nowhere but the code page; a role that must have a second factor and has
 * none is sent to set it up.
 */
class AccountStateFilter extends OncePerRequestFilter {

	private static final Set<String> OPEN_WHILE_CHANGING = Set.of("/account/password", "/logout", "/error");

	static final String CODE_PENDING = SecondFactor.PENDING;

	static final String CODE_PAGE = "/login/code";

	static final String SET_UP_PAGE = "/account/second-factor";

	private final AccountDetailsService details;

	private final SecondFactor secondFactor;

	AccountStateFilter(AccountDetailsService details, SecondFactor secondFactor) {
		this.details = details;
		this.secondFactor = secondFactor;
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
			HttpSession session = request.getSession(false);
			boolean open = isStatic(path) || "/logout".equals(path) || "/error".equals(path);
			if (session != null && session.getAttribute(CODE_PENDING) != null && !open && !CODE_PAGE.equals(path)) {
				response.sendRedirect(request.getContextPath() + CODE_PAGE);
				return;
			}
			if (principal.mustChangePassword() && !OPEN_WHILE_CHANGING.contains(path) && !isStatic(path)) {
				response.sendRedirect(request.getContextPath() + "/account/password?required");
				return;
			}
			if (!principal.secondFactor() && this.secondFactor.isRequiredFor(principal.actor()) && !open
					&& !SET_UP_PAGE.equals(path)) {
				response.sendRedirect(request.getContextPath() + SET_UP_PAGE + "?required");
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
