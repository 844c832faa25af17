package org.fangkong.roster;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.fangkong.checkpoint.CheckpointKind;
import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demand of each checkpoint (issue #11 item 3): its shifts a day and the seats each
 * needs. A checkpoint without patterns of its own gets the defaults of its kind: a key
 * checkpoint 3 × 8 h (00:00, 08:00, 16:00) with 1 leader-grade cadre, 1 medic and 2
 * others; a village checkpoint 2 × 12 h (08:00, 20:00) with 2 village cadres.
 */
@Service
@Transactional(readOnly = true)
public class Demand {

	static final List<Shift> KEY_DEFAULT = List.of(new Shift(LocalTime.MIDNIGHT, 8, 1, 1, 2, 0),
			new Shift(LocalTime.of(8, 0), 8, 1, 1, 2, 0), new Shift(LocalTime.of(16, 0), 8, 1, 1, 2, 0));

	static final List<Shift> VILLAGE_DEFAULT = List.of(new Shift(LocalTime.of(8, 0), 12, 0, 0, 0, 2),
			new Shift(LocalTime.of(20, 0), 12, 0, 0, 0, 2));

	/**
	 * The hotline's post (issue #12 item 3): around the clock in 3 × 8 h (00:00, 08:00,
	 * 16:00), each shift with {@code fangkong.roster.hotline-seats} (2) operators — the
	 * article's 7 medics answering in turns.
	 */
	static final List<java.time.LocalTime> HOTLINE_STARTS = List.of(LocalTime.MIDNIGHT, LocalTime.of(8, 0),
			LocalTime.of(16, 0));

	static final int HOTLINE_HOURS = 8;

	private final ShiftPatternRepository patterns;

	private final Checkpoints checkpoints;

	Demand(ShiftPatternRepository patterns, Checkpoints checkpoints) {
		this.patterns = patterns;
		this.checkpoints = checkpoints;
	}

	/** The shifts of a checkpoint the actor may see (404 otherwise). */
	public List<Shift> of(Actor actor, long checkpointId) {
		StaffPool.requirePlanner(actor);
		return shiftsOf(this.checkpoints.get(actor, checkpointId));
	}

	/** A planner sets the shifts of a checkpoint; an empty list restores the defaults. */
	@Transactional
	public List<Shift> set(Actor actor, long checkpointId, List<Shift> shifts) {
		StaffPool.requirePlanner(actor);
		CheckpointView checkpoint = this.checkpoints.get(actor, checkpointId);
		List<Violation> violations = new ArrayList<>();
		for (int i = 0; i < shifts.size(); i++) {
			Shift shift = shifts.get(i);
			if (shift.start() == null) {
				violations.add(new Violation("shifts[" + i + "].start", "validation.required"));
			}
			if (shift.hours() < 1 || shift.hours() > 24) {
				violations.add(new Violation("shifts[" + i + "].hours", "validation.range", 1, 24));
			}
			if (shift.seats() < 1 || Math.min(Math.min(shift.leaders(), shift.medics()),
					Math.min(shift.others(), shift.village())) < 0) {
				violations.add(new Violation("shifts[" + i + "]", "validation.roster.seats"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		this.patterns.deleteByCheckpoint(checkpointId);
		shifts.forEach((shift) -> this.patterns.save(new ShiftPattern(checkpointId, shift)));
		return shiftsOf(checkpoint);
	}

	List<Shift> shiftsOf(CheckpointView checkpoint) {
		List<Shift> own = this.patterns.findByCheckpoint(checkpoint.id()).stream().map(ShiftPattern::toShift).toList();
		if (!own.isEmpty()) {
			return own;
		}
		return (checkpoint.kind() == CheckpointKind.VILLAGE) ? VILLAGE_DEFAULT : KEY_DEFAULT;
	}

	/** A shift a day: its local start, length and seats by kind. */
	public record Shift(LocalTime start, int hours, int leaders, int medics, int others, int village) {

		/** All seats of the shift. */
		public int seats() {
			return this.leaders + this.medics + this.others + this.village;
		}

		/** How many seats of a kind. */
		public int seats(SeatKind kind) {
			return switch (kind) {
				case LEADER -> this.leaders;
				case MEDIC -> this.medics;
				case OTHER -> this.others;
				case VILLAGE -> this.village;
				case HOTLINE -> 0;
			};
		}

	}

}
