package org.fangkong.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what in screening, a screening loaded inside the actor's jurisdiction (AC1,
 * AC3: outside it, not found), and the history line every change writes.
 */
@Component
class ScreeningAccess {

	static final Set<Role> READERS = Set.of(Role.COMMANDER, Role.HQ_STAFF, Role.TOWNSHIP_OFFICER, Role.GRID_WORKER);

	/** The actor of what the platform does by itself (an arrival from a checkpoint). */
	static final String SYSTEM = "system";

	static final Set<Role> APPROVERS = Set.of(Role.COMMANDER, Role.HQ_STAFF, Role.TOWNSHIP_OFFICER);

	private final ScreeningRepository screenings;

	private final ScreeningHistoryRepository history;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	ScreeningAccess(ScreeningRepository screenings, ScreeningHistoryRepository history, Jurisdictions jurisdictions,
			Clock clock) {
		this.screenings = screenings;
		this.history = history;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	static boolean mayAny(Actor actor, Set<Role> roles) {
		return actor.hasAny(roles.toArray(Role[]::new));
	}

	static void requireRole(Actor actor, Set<Role> roles) {
		if (!mayAny(actor, roles)) {
			throw new ForbiddenException(actor.username() + " may not do this in screening");
		}
	}

	/** A screening inside the actor's jurisdiction, or {@link NotFoundException}. */
	Screening load(Actor actor, long id) {
		String scope = this.jurisdictions.scopePath(actor);
		return this.screenings.findById(id)
			.filter((s) -> s.getGridPath().startsWith(scope))
			.orElseThrow(() -> new NotFoundException("screening", id));
	}

	/**
	 * Writes a line of the screening's history, stamped by the clock, with the acting
	 * user's username and display name (issue #8 item 8: the page shows the name).
	 */
	void record(Screening screening, Actor actor, String action, ScreeningStatus from, ScreeningStatus to,
			String detail) {
		record(screening, actor.username(), actor.displayName(), action, from, to, detail);
	}

	/** A line of history by {@code username} ({@link #SYSTEM} for the platform). */
	void record(Screening screening, String username, String displayName, String action, ScreeningStatus from,
			ScreeningStatus to, String detail) {
		this.history.save(new ScreeningHistory(screening.getId(), Instant.now(this.clock), username, displayName,
				action, from, to, detail));
	}

}
