package org.fangkong.volunteer;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A step of an order, append-only: what happened, to whom, who did it, when. */
@Entity
@Table(name = "dispatch_step")
class DispatchStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long orderId;

	private Long volunteerId;

	@Enumerated(EnumType.STRING)
	private OrderAction action;

	private String actor;

	private Instant occurredAt;

	private String note;

	protected DispatchStep() {
	}

	DispatchStep(long orderId, Long volunteerId, OrderAction action, String actor, Instant occurredAt, String note) {
		this.orderId = orderId;
		this.volunteerId = volunteerId;
		this.action = action;
		this.actor = actor;
		this.occurredAt = occurredAt;
		this.note = note;
	}

	Dispatch.StepView toView() {
		return new Dispatch.StepView(this.action, this.volunteerId, this.actor, this.occurredAt, this.note);
	}

}
