package org.fangkong.shared;

import java.io.Serializable;
import java.util.Set;

/**
 * The user on whose behalf a request runs: who they are, their roles, the jurisdiction
 * node that bounds their data (that node and everything below it). Which checkpoints a
 * crew member serves is the checkpoint module's to answer ({@code CrewDuty}). Reloaded on
 * every request, so a change of assignment takes effect on the next one (SECURITY.md
 * AC4). Serializable: it is part of the signed-in user that the session table keeps
 * (issue #18).
 */
public record Actor(long userId, String username, String displayName, Set<Role> roles, long jurisdictionId,
		Long workingGroupId) implements Serializable {

	public Actor {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean hasAny(Role... candidates) {
		for (Role candidate : candidates) {
			if (this.roles.contains(candidate)) {
				return true;
			}
		}
		return false;
	}

	/** Whether any of the user's roles needs full identifiers (SECURITY.md AC5). */
	public boolean seesFullIdentifiers() {
		return this.roles.stream().anyMatch(Role::needsFullIdentifiers);
	}

}
