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
 * A swap of two shifts of a published roster between their two people (issue #11 item 5):
 * requested by a planner or one of the two, approved or refused by a commander; who and
 * when of each step are kept.
 */
@Entity
@Table(name = "roster_swap")
class RosterSwap {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long rosterId;

	private long assignmentId;

	private long otherAssignmentId;

	private long staffId;

	private long otherStaffId;

	@Enumerated(EnumType.STRING)
	private SwapStatus status;

	private String reason;

	private String requestedBy;

	private Instant requestedAt;

	private String decidedBy;

	private Instant decidedAt;

	protected RosterSwap() {
	}

	RosterSwap(long rosterId, RosterAssignment one, RosterAssignment other, String requestedBy, Instant requestedAt) {
		this.rosterId = rosterId;
		this.assignmentId = one.getId();
		this.otherAssignmentId = other.getId();
		this.staffId = one.getStaffId();
		this.otherStaffId = other.getStaffId();
		this.status = SwapStatus.REQUESTED;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	Long getId() {
		return this.id;
	}

	long getRosterId() {
		return this.rosterId;
	}

	long getAssignmentId() {
		return this.assignmentId;
	}

	long getOtherAssignmentId() {
		return this.otherAssignmentId;
	}

	long getStaffId() {
		return this.staffId;
	}

	long getOtherStaffId() {
		return this.otherStaffId;
	}

	SwapStatus getStatus() {
		return this.status;
	}

	void decide(SwapStatus status, String reason, String by, Instant at) {
		this.status = status;
		this.reason = reason;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	RosterSwaps.SwapView toView() {
		return new RosterSwaps.SwapView(this.id, this.rosterId, this.assignmentId, this.otherAssignmentId, this.staffId,
				this.otherStaffId, this.status, this.reason, this.requestedBy, this.requestedAt, this.decidedBy,
				this.decidedAt);
	}

}
