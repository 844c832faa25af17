package org.fangkong.shared.platform;

import java.util.EnumSet;
import java.util.Set;

import org.fangkong.shared.Role;

/**
 * One entry of the top menu: shown to the roles that may open its page, so that no entry
 * leads to a 403.
 *
 * @param id what the page passes as its active menu entry ({@code navbar('checkpoints')})
 * @param messageKey the label's message key
 * @param href the page, relative to the context path
 * @param order where it stands, lower first
 * @param roles who sees the entry
 * @param menu {@code null} for the top level, or the name of the drop-down it belongs to
 * (only {@code admin} exists)
 */
public record NavigationEntry(String id, String messageKey, String href, int order, Set<Role> roles, String menu) {

	public NavigationEntry {
		roles = Set.copyOf(EnumSet.copyOf(roles));
	}

	public static NavigationEntry top(String id, String messageKey, String href, int order, Role... roles) {
		return new NavigationEntry(id, messageKey, href, order, Set.of(roles), null);
	}

	public static NavigationEntry admin(String id, String messageKey, String href, int order) {
		return new NavigationEntry(id, messageKey, href, order, Set.of(Role.ADMIN), "admin");
	}

	public boolean visibleTo(Set<Role> held) {
		return held.stream().anyMatch(this.roles::contains);
	}

}
