package org.fangkong.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fangkong.roster.solver.RosterPlan;
import org.fangkong.roster.solver.Seat;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores a solved plan (from the solver's thread, in a transaction of its own). */
@Component
class RosterResults {

	private final RosterRepository rosters;

	private final RosterAssignmentRepository assignments;

	RosterResults(RosterRepository rosters, RosterAssignmentRepository assignments) {
		this.rosters = rosters;
		this.assignments = assignments;
	}

	@Transactional
	public void save(long rosterId, List<Planner.Problem> problems, List<RosterPlan> plans, String score) {
		Roster roster = this.rosters.findById(rosterId).orElse(null);
		if (roster == null) {
			return;
		}
		this.assignments.deleteByRoster(rosterId);
		List<RosterAssignment> rows = new ArrayList<>();
		for (RosterPlan plan : plans) {
			for (Seat seat : plan.getSeats()) {
				rows.add(new RosterAssignment(rosterId, seat.getCheckpointId(),
						Instant.ofEpochSecond(seat.getStart() * 60), Instant.ofEpochSecond(seat.getEnd() * 60),
						seat.getKind(), seat.getIndex(), (seat.getPerson() != null) ? seat.getPerson().getId() : null,
						seat.isPinned()));
			}
		}
		this.assignments.saveAll(rows);
		roster.solved(score);
	}

	@Transactional
	public void failed(long rosterId, String message) {
		this.rosters.findById(rosterId).ifPresent((roster) -> roster.failed(message));
	}

}
