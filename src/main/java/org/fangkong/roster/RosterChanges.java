package org.fangkong.roster;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.fangkong.audit.AuditTrail;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.UnprocessableRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-planning a published roster from a date (issue #11 item 5): the shifts before that
 * day are kept (pinned, and stay published), the later ones are solved again with the
 * unavailability known now, starting from their earlier people. Publishing it again
 * withdraws the crew duties of the re-planned shifts and feeds the new ones (see
 * {@link Rosters#publish}); the kept shifts' duties stay as they are.
 */
@Service
@Transactional(readOnly = true)
public class RosterChanges {

	private final Rosters rosters;

	private final RosterAssignmentRepository assignments;

	private final RosterSwapRepository swaps;

	private final AuditTrail audit;

	private final Clock clock;

	RosterChanges(Rosters rosters, RosterAssignmentRepository assignments, RosterSwapRepository swaps, AuditTrail audit,
			Clock clock) {
		this.rosters = rosters;
		this.assignments = assignments;
		this.swaps = swaps;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A planner re-plans a published roster from a local date, today or later and within
	 * the roster; solving starts in the background (the capacity check as for
	 * {@link Rosters#solve}). Refused while a swap of it waits for a decision.
	 */
	@Transactional
	public Rosters.RosterSummary replan(Actor actor, long id, LocalDate from) {
		Roster roster = this.rosters.load(actor, id);
		if (roster.getStatus() != RosterStatus.PUBLISHED) {
			throw new UnprocessableRequestException("roster " + id + " is not published", "roster.notPublished");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (from == null) {
			throw InvalidInputException.of("from", "validation.required");
		}
		if (from.isBefore(today) || from.isAfter(roster.getToDate())) {
			throw InvalidInputException.of("from", "validation.range", today, roster.getToDate());
		}
		var rows = this.assignments.findByRoster(id);
		if (this.swaps.pendingFor(rows.stream().map(RosterAssignment::getId).toList())) {
			throw new UnprocessableRequestException("roster " + id + " has a swap waiting", "roster.swapPending");
		}
		Instant cutoff = from.atStartOfDay(this.clock.getZone()).toInstant();
		for (RosterAssignment row : rows) {
			row.pin(row.getShiftStart().isBefore(cutoff));
		}
		roster.replanning(cutoff, actor.username(), Instant.now(this.clock));
		this.rosters.solve(actor, id);
		this.audit.record(RosterAudit.ROSTER_REPLANNED, "roster", id, AuditTrail.SUCCESS, "from=" + from);
		return roster.toSummary();
	}

}
