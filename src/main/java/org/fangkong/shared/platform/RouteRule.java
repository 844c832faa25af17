package org.fangkong.shared.platform;

import java.util.EnumSet;
import java.util.Set;

import org.fangkong.shared.Role;

/**
 * Who may open the page routes that match a pattern (SECURITY.md AC8: a route no rule
 * names is denied). Patterns are Spring path patterns such as {@code /screening/**}.
 *
 * @param pattern the path pattern
 * @param access whether the route is public, for any signed-in user, or for some roles
 * @param roles the roles allowed when {@code access} is {@link Access#ROLES}
 */
public record RouteRule(String pattern, Access access, Set<Role> roles) {

	public RouteRule {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	/** Open to anyone, signed in or not (the login page, static files, QR forms). */
	public static RouteRule open(String pattern) {
		return new RouteRule(pattern, Access.PUBLIC, Set.of());
	}

	/** For every signed-in user. */
	public static RouteRule signedIn(String pattern) {
		return new RouteRule(pattern, Access.AUTHENTICATED, Set.of());
	}

	/** For the users holding one of the roles. */
	public static RouteRule roles(String pattern, Role... roles) {
		return new RouteRule(pattern, Access.ROLES, Set.of(roles));
	}

	/** Whether a user with these roles (none: anonymous) may open the route. */
	public boolean allows(Set<Role> held) {
		return switch (this.access) {
			case PUBLIC -> true;
			case AUTHENTICATED -> !held.isEmpty();
			case ROLES -> held.stream().anyMatch(this.roles::contains);
		};
	}

	/** The kinds of access. */
	public enum Access {

		PUBLIC, AUTHENTICATED, ROLES

	}

}
