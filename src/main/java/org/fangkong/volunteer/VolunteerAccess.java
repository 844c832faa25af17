package org.fangkong.volunteer;

import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.Role;

/**
 * Who may do what with the reserve: the HQ dispatches (commanders and HQ staff city-wide,
 * a township officer inside the township: R-VOL-3 "dispatched by the HQ"); a volunteer
 * answers their own orders.
 */
public final class VolunteerAccess {

	private VolunteerAccess() {
	}

	/** Whether the actor keeps the reserve and issues orders. */
	public static boolean dispatches(Actor actor) {
		return actor.hasAny(Role.COMMANDER, Role.HQ_STAFF, Role.TOWNSHIP_OFFICER);
	}

	static void requireDispatcher(Actor actor) {
		if (!dispatches(actor)) {
			throw new ForbiddenException(actor.username() + " may not keep the reserve or dispatch");
		}
	}

}
