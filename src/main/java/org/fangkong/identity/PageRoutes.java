package org.fangkong.identity;

import java.util.Comparator;
import java.util.List;

import org.fangkong.shared.Role;
import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;

import org.springframework.stereotype.Component;

/**
 * The page routes of the identity module, and the order in which every module's rules are
 * applied: public routes first, then the more specific pattern before the more general,
 * so that {@code /admin/users/**} is decided before any {@code /admin/**}.
 */
@Component
class PageRoutes implements RouteContributor, NavigationContributor {

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.open("/login"), RouteRule.signedIn("/login/code"),
				RouteRule.roles("/admin/users/**", Role.ADMIN), RouteRule.signedIn("/account/**"));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(NavigationEntry.admin("admin", "nav.admin.users", "/admin/users", 10));
	}

	static List<RouteRule> ordered(List<RouteContributor> contributors) {
		return contributors.stream()
			.flatMap((contributor) -> contributor.routes().stream())
			.sorted(Comparator.comparing((RouteRule rule) -> rule.access() != RouteRule.Access.PUBLIC)
				.thenComparing((RouteRule rule) -> rule.pattern().length(), Comparator.reverseOrder())
				.thenComparing(RouteRule::pattern))
			.toList();
	}

}
