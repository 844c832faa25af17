package org.fangkong.portal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.Role;
import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;

import org.springframework.stereotype.Component;

/**
 * The top menu, built from every module's {@link NavigationContributor}: the layout asks
 * it for the entries the signed-in user may open ({@code ${@navigationMenu.top()}}). Also
 * the shell's own routes: the home page, static files, errors and the API documentation.
 */
@Component("navigationMenu")
class NavigationMenu implements RouteContributor, NavigationContributor {

	private final List<NavigationEntry> entries;

	NavigationMenu(List<NavigationContributor> contributors) {
		this.entries = contributors.stream()
			.filter((contributor) -> contributor != this)
			.flatMap((contributor) -> contributor.navigation().stream())
			.sorted(Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::id))
			.toList();
	}

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.open("/css/**"), RouteRule.open("/js/**"), RouteRule.open("/img/**"),
				RouteRule.open("/webjars/**"), RouteRule.open("/favicon.ico"), RouteRule.open("/sw.js"),
				RouteRule.open("/error"), RouteRule.signedIn("/v3/api-docs*"), RouteRule.signedIn("/v3/api-docs/**"),
				RouteRule.signedIn("/"), RouteRule.signedIn("/swagger-ui.html"), RouteRule.signedIn("/swagger-ui/**"));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(NavigationEntry.top("home", "nav.home", "/", 0, Role.values()));
	}

	/**
	 * How many top-level entries stand in the bar; a user who may open more finds the
	 * rest (the later ones by order) under "more", so that a commander's menu of every
	 * module still fits one line of a 1280 px screen.
	 */
	static final int IN_THE_BAR = 8;

	/** The top-level entries in the bar for the signed-in user, the home page first. */
	public List<NavigationEntry> top() {
		List<NavigationEntry> all = visible(null);
		return (all.size() <= IN_THE_BAR + 1) ? all : all.subList(0, IN_THE_BAR);
	}

	/** The top-level entries that do not fit the bar: the "more" drop-down. */
	public List<NavigationEntry> more() {
		List<NavigationEntry> all = visible(null);
		return (all.size() <= IN_THE_BAR + 1) ? List.of() : all.subList(IN_THE_BAR, all.size());
	}

	/** Whether the active page is one of the "more" drop-down's. */
	public boolean inMore(String active) {
		return more().stream().anyMatch((entry) -> entry.id().equals(active));
	}

	/** The entries of the administration drop-down for the signed-in user. */
	public List<NavigationEntry> admin() {
		return visible("admin");
	}

	/**
	 * Every entry a role may open except the home page, for the home page's role cards.
	 */
	public List<NavigationEntry> forRole(Role role) {
		return this.entries.stream()
			.filter((entry) -> !entry.id().equals("home") && entry.roles().contains(role))
			.toList();
	}

	private List<NavigationEntry> visible(String menu) {
		Set<Role> held = CurrentActor.find().map((actor) -> actor.roles()).orElse(Set.of());
		return java.util.stream.Stream
			.concat(navigation().stream().filter((entry) -> menu == null), this.entries.stream())
			.filter((entry) -> java.util.Objects.equals(entry.menu(), menu) && entry.visibleTo(held))
			.toList();
	}

}
