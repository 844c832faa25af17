package org.fangkong.disinfection;

import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.Role;

/**
 * Who does what in disinfection: commanders, HQ staff and township officers keep the
 * plan; grid workers and township officers (the teams of their grid or township) complete
 * the tasks; all of them read the plan and the tasks of their jurisdiction.
 */
public final class DisinfectionRoles {

	private DisinfectionRoles() {
	}

	public static boolean plans(Actor actor) {
		return actor.hasAny(Role.COMMANDER, Role.HQ_STAFF, Role.TOWNSHIP_OFFICER);
	}

	/** Whether the actor sets the city-wide default frequency of a kind of place. */
	public static boolean setsDefaults(Actor actor) {
		return actor.hasAny(Role.COMMANDER, Role.HQ_STAFF);
	}

	public static boolean completes(Actor actor) {
		return actor.hasAny(Role.GRID_WORKER, Role.TOWNSHIP_OFFICER);
	}

	public static boolean reads(Actor actor) {
		return plans(actor) || completes(actor);
	}

	static void requireReader(Actor actor) {
		if (!reads(actor)) {
			throw new ForbiddenException("disinfection is for planners and teams");
		}
	}

	static void requirePlanner(Actor actor) {
		if (!plans(actor)) {
			throw new ForbiddenException("only planners change the disinfection plan");
		}
	}

	static void requireTeam(Actor actor) {
		if (!completes(actor)) {
			throw new ForbiddenException("only grid workers and township officers complete tasks");
		}
	}

}
