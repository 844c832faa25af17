package org.fangkong.reporting;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a daily report's workflow: who, when, what, why. Never changed. */
@Entity
@Table(name = "daily_report_history")
class DailyReportHistory {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long reportId;

	private Instant occurredAt;

	private String actor;

	private String actorName;

	/** CREATED, SAVED, SUBMITTED, RETURNED or APPROVED. */
	private String action;

	@Enumerated(EnumType.STRING)
	private DailyReportState fromState;

	@Enumerated(EnumType.STRING)
	private DailyReportState toState;

	private String reason;

	protected DailyReportHistory() {
	}

	DailyReportHistory(long reportId, Instant occurredAt, String actor, String actorName, String action,
			DailyReportState fromState, DailyReportState toState, String reason) {
		this.reportId = reportId;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.actorName = (actorName != null && actorName.length() > 100) ? actorName.substring(0, 100) : actorName;
		this.action = action;
		this.fromState = fromState;
		this.toState = toState;
		this.reason = reason;
	}

	DailyReportView.Step toStep() {
		return new DailyReportView.Step(this.occurredAt, this.actor, this.actorName, this.action, this.fromState,
				this.toState, this.reason);
	}

}
