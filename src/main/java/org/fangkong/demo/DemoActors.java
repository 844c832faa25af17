package org.fangkong.demo;

import java.util.Set;

import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.identity.Accounts;
import org.fangkong.shared.Actor;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * What the demo's runners share: the demo users as actors (the runners act through the
 * modules' services as these users) and the demo checkpoints by name.
 */
@Component
@Profile("demo")
class DemoActors {

	private final Accounts accounts;

	private final Checkpoints checkpoints;

	DemoActors(Accounts accounts, Checkpoints checkpoints) {
		this.accounts = accounts;
		this.checkpoints = checkpoints;
	}

	/** The demo user as an actor, or {@code null} without such a user. */
	Actor actor(String username) {
		return this.accounts.findByUsername(username)
			.map((u) -> new Actor(u.id(), u.username(), u.displayName(), Set.copyOf(u.roles()), u.jurisdictionId(),
					u.workingGroupId()))
			.orElse(null);
	}

	/** The demo checkpoint of that name, if there is one. */
	java.util.Optional<CheckpointView> checkpoint(String name) {
		return this.checkpoints.all().stream().filter((c) -> c.name().equals(name)).findFirst();
	}

}
