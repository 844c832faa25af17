package org.fangkong.roster;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A time a person of the pool cannot be rostered: leave, illness, a measure. */
@Entity
@Table(name = "roster_unavailability")
class Unavailability {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long staffId;

	private Instant fromAt;

	private Instant untilAt;

	private String reason;

	private String recordedBy;

	private Instant recordedAt;

	protected Unavailability() {
	}

	Unavailability(long staffId, Instant fromAt, Instant untilAt, String reason, String recordedBy,
			Instant recordedAt) {
		this.staffId = staffId;
		this.fromAt = fromAt;
		this.untilAt = untilAt;
		this.reason = reason;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	long getStaffId() {
		return this.staffId;
	}

	Instant getFromAt() {
		return this.fromAt;
	}

	Instant getUntilAt() {
		return this.untilAt;
	}

	/** The window in epoch minutes, for the solver. */
	long[] window() {
		return new long[] { this.fromAt.getEpochSecond() / 60, (this.untilAt.getEpochSecond() + 59) / 60 };
	}

	StaffPool.UnavailabilityView toView() {
		return new StaffPool.UnavailabilityView(this.id, this.staffId, this.fromAt, this.untilAt, this.reason);
	}

}
