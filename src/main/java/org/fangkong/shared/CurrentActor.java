package org.fangkong.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Access to the {@link Actor} of the running request. The identity module puts a
 * principal that implements {@link ActorHolder} into the security context; nothing else
 * needs to know how.
 */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Optional<Actor> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorHolder holder) {
			return Optional.of(holder.actor());
		}
		return Optional.empty();
	}

	/** The acting user; a request without one never reaches a service that calls this. */
	public static Actor get() {
		return find().orElseThrow(() -> new ForbiddenException("no authenticated user"));
	}

	/** Implemented by the authenticated principal. */
	public interface ActorHolder {

		Actor actor();

	}

}
