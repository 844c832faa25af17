package org.fangkong.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fangkong.audit.AuditTrail;
import org.fangkong.roster.solver.RosterPlan;
import org.fangkong.roster.solver.Seat;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores a solved plan (from the solver's thread, in a transaction of its own). */
@Component
class RosterResults {

	private final RosterRepository rosters;

	private final RosterAssignmentRepository assignments;

	private final RosterSwapRepository swaps;

	private final AuditTrail audit;

	RosterResults(RosterRepository rosters, RosterAssignmentRepository assignments, RosterSwapRepository swaps,
			AuditTrail audit) {
		this.rosters = rosters;
		this.assignments = assignments;
		this.swaps = swaps;
		this.audit = audit;
	}

	@Transactional
	public void save(long rosterId, List<Planner.Problem> problems, List<RosterPlan> plans, String score) {
		Roster roster = this.rosters.findById(rosterId).orElse(null);
		if (roster == null) {
			return;
		}
		// seats keep their rows (and ids, which swaps refer to); a changed demand adds or
		// drops some
		Map<String, RosterAssignment> rows = new HashMap<>();
		this.assignments.findByRoster(rosterId).forEach((row) -> rows.put(row.seatKey(), row));
		List<RosterAssignment> added = new ArrayList<>();
		for (RosterPlan plan : plans) {
			for (Seat seat : plan.getSeats()) {
				Instant start = Instant.ofEpochSecond(seat.getStart() * 60);
				Long staffId = (seat.getPerson() != null) ? seat.getPerson().getId() : null;
				RosterAssignment row = rows
					.remove(RosterAssignment.key(seat.getCheckpointId(), start, seat.getKind(), seat.getIndex()));
				if (row != null) {
					row.fill(Instant.ofEpochSecond(seat.getEnd() * 60), staffId, seat.isPinned());
				}
				else {
					added.add(new RosterAssignment(rosterId, seat.getCheckpointId(), start,
							Instant.ofEpochSecond(seat.getEnd() * 60), seat.getKind(), seat.getIndex(), staffId,
							seat.isPinned()));
				}
			}
		}
		if (!rows.isEmpty()) {
			this.swaps.deleteByAssignments(rows.values().stream().map(RosterAssignment::getId).toList());
		}
		this.assignments.deleteAll(rows.values());
		this.assignments.saveAll(added);
		roster.solved(score);
		this.audit.recordAs("system", RosterAudit.ROSTER_SOLVED, "roster", rosterId, AuditTrail.SUCCESS, score);
	}

	@Transactional
	public void failed(long rosterId, String message) {
		this.rosters.findById(rosterId).ifPresent((roster) -> roster.failed(message));
	}

}
