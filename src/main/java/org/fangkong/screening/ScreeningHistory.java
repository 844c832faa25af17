package org.fangkong.screening;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a screening's history: who did what, when, and how the status moved. Never
 * changed.
 */
@Entity
@Table(name = "screening_history")
class ScreeningHistory {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long screeningId;

	private Instant occurredAt;

	private String actor;

	/**
	 * The acting user's display name when the line was written; null for the platform.
	 */
	private String actorName;

	private String action;

	@Enumerated(EnumType.STRING)
	private ScreeningStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private ScreeningStatus toStatus;

	private String detail;

	protected ScreeningHistory() {
	}

	ScreeningHistory(long screeningId, Instant occurredAt, String actor, String actorName, String action,
			ScreeningStatus fromStatus, ScreeningStatus toStatus, String detail) {
		this.screeningId = screeningId;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.actorName = (actorName != null && actorName.length() > 100) ? actorName.substring(0, 100) : actorName;
		this.action = action;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.detail = (detail != null && detail.length() > 300) ? detail.substring(0, 300) : detail;
	}

	Screenings.HistoryView toView() {
		return new Screenings.HistoryView(this.occurredAt, this.actor, this.action, this.fromStatus, this.toStatus,
				this.detail, ScreeningAccess.SYSTEM.equals(this.actor),
				(this.actorName != null) ? this.actorName : this.actor);
	}

}
