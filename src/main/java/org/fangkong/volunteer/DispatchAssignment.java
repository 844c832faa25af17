package org.fangkong.volunteer;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One person's part in an order: proposed when it was issued, then their answers. */
@Entity
@Table(name = "dispatch_assignment")
class DispatchAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long orderId;

	private long volunteerId;

	@Enumerated(EnumType.STRING)
	private AssignmentState state;

	private String note;

	private Instant answeredAt;

	private Instant checkedInAt;

	private Instant completedAt;

	protected DispatchAssignment() {
	}

	DispatchAssignment(long orderId, long volunteerId) {
		this.orderId = orderId;
		this.volunteerId = volunteerId;
		this.state = AssignmentState.OFFERED;
	}

	Long getId() {
		return this.id;
	}

	long getOrderId() {
		return this.orderId;
	}

	long getVolunteerId() {
		return this.volunteerId;
	}

	AssignmentState getState() {
		return this.state;
	}

	String getNote() {
		return this.note;
	}

	Instant getAnsweredAt() {
		return this.answeredAt;
	}

	Instant getCheckedInAt() {
		return this.checkedInAt;
	}

	Instant getCompletedAt() {
		return this.completedAt;
	}

}
