package org.fangkong.checkpoint;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A crew member's duty at one checkpoint (值守): standing (no window) or for a window, such
 * as a shift of a duty roster. Ended assignments are kept for the record.
 */
@Entity
@Table(name = "crew_assignment")
class CrewAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long userId;

	private long checkpointId;

	private Instant validFrom;

	private Instant validUntil;

	@Enumerated(EnumType.STRING)
	private CrewDuty.Source source;

	private String assignedBy;

	private Instant assignedAt;

	private boolean ended;

	protected CrewAssignment() {
	}

	CrewAssignment(long userId, long checkpointId, Instant validFrom, Instant validUntil, CrewDuty.Source source,
			String assignedBy, Instant assignedAt) {
		if (validFrom != null && validUntil != null && !validUntil.isAfter(validFrom)) {
			throw new IllegalArgumentException("a duty window ends after it starts");
		}
		this.userId = userId;
		this.checkpointId = checkpointId;
		this.validFrom = validFrom;
		this.validUntil = validUntil;
		this.source = source;
		this.assignedBy = assignedBy;
		this.assignedAt = assignedAt;
	}

	/** Whether this duty lets its crew member register at {@code at}. */
	boolean activeAt(Instant at) {
		return !this.ended && (this.validFrom == null || !at.isBefore(this.validFrom))
				&& (this.validUntil == null || at.isBefore(this.validUntil));
	}

	void end() {
		this.ended = true;
	}

	long getUserId() {
		return this.userId;
	}

	long getCheckpointId() {
		return this.checkpointId;
	}

	CrewDuty.AssignmentView toView(String username, String displayName) {
		return new CrewDuty.AssignmentView(this.id, this.userId, username, displayName, this.checkpointId,
				this.validFrom, this.validUntil, this.source, this.assignedBy, this.assignedAt, this.ended);
	}

}
