package org.fangkong.roster;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One seat of one shift of a roster and who fills it; a pinned one stays on re-solving.
 */
@Entity
@Table(name = "roster_assignment")
class RosterAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long rosterId;

	private long checkpointId;

	private Instant shiftStart;

	private Instant shiftEnd;

	@Enumerated(EnumType.STRING)
	private SeatKind seat;

	private int seatIndex;

	private Long staffId;

	private boolean pinned;

	protected RosterAssignment() {
	}

	RosterAssignment(long rosterId, long checkpointId, Instant shiftStart, Instant shiftEnd, SeatKind seat,
			int seatIndex, Long staffId, boolean pinned) {
		this.rosterId = rosterId;
		this.checkpointId = checkpointId;
		this.shiftStart = shiftStart;
		this.shiftEnd = shiftEnd;
		this.seat = seat;
		this.seatIndex = seatIndex;
		this.staffId = staffId;
		this.pinned = pinned;
	}

	Long getId() {
		return this.id;
	}

	long getRosterId() {
		return this.rosterId;
	}

	long getCheckpointId() {
		return this.checkpointId;
	}

	Instant getShiftStart() {
		return this.shiftStart;
	}

	Instant getShiftEnd() {
		return this.shiftEnd;
	}

	SeatKind getSeat() {
		return this.seat;
	}

	int getSeatIndex() {
		return this.seatIndex;
	}

	Long getStaffId() {
		return this.staffId;
	}

	boolean isPinned() {
		return this.pinned;
	}

	void pin(boolean pinned) {
		this.pinned = pinned;
	}

	/** Who fills the seat now (a new plan, or a swap). */
	void fill(Instant shiftEnd, Long staffId, boolean pinned) {
		this.shiftEnd = shiftEnd;
		this.staffId = staffId;
		this.pinned = pinned;
	}

	/** A swap puts another person in the seat. */
	void swapTo(long staffId) {
		this.staffId = staffId;
	}

	/** The key of the seat within its roster: checkpoint, start, seat and its number. */
	String seatKey() {
		return key(this.checkpointId, this.shiftStart, this.seat, this.seatIndex);
	}

	static String key(long checkpointId, Instant start, SeatKind seat, int index) {
		return checkpointId + "|" + start + "|" + seat + "|" + index;
	}

	Rosters.AssignmentView toView() {
		return new Rosters.AssignmentView(this.id, this.checkpointId, this.shiftStart, this.shiftEnd, this.seat,
				this.seatIndex, this.staffId, this.pinned);
	}

}
