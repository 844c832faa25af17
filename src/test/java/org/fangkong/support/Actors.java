package org.fangkong.support;

import java.util.EnumSet;
import java.util.Set;

import org.fangkong.identity.Accounts;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;

/**
 * Builds the acting user for service calls in tests, instead of {@link Actor}'s
 * positional constructor: {@code Actors.user("grid").role(GRID_WORKER).node(id).build()}.
 * Unset values: user id 0, display name = user name, node 1 (the city), no working group.
 */
public final class Actors {

	private long userId;

	private final String username;

	private String displayName;

	private final Set<Role> roles = EnumSet.noneOf(Role.class);

	private long node = 1;

	private Long workingGroup;

	private Actors(String username) {
		this.username = username;
		this.displayName = username;
	}

	public static Actors user(String username) {
		return new Actors(username);
	}

	/**
	 * A demo user as the platform loads them on each request (id, roles, node, group).
	 */
	public static Actor demo(Accounts accounts, String username) {
		Accounts.UserView user = accounts.findByUsername(username)
			.orElseThrow(() -> new IllegalArgumentException("no user " + username));
		Actors actor = user(username).id(user.id()).displayName(user.displayName()).node(user.jurisdictionId());
		user.roles().forEach(actor::role);
		return actor.group(user.workingGroupId()).build();
	}

	public Actors id(long id) {
		this.userId = id;
		return this;
	}

	public Actors displayName(String name) {
		this.displayName = name;
		return this;
	}

	public Actors role(Role... roles) {
		this.roles.addAll(Set.of(roles));
		return this;
	}

	public Actors node(long node) {
		this.node = node;
		return this;
	}

	public Actors group(Long workingGroup) {
		this.workingGroup = workingGroup;
		return this;
	}

	public Actor build() {
		return new Actor(this.userId, this.username, this.displayName, this.roles, this.node, this.workingGroup);
	}

}
