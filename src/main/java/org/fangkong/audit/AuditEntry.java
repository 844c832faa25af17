package org.fangkong.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit trail. Never updated. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	private String action;

	private String targetType;

	private String targetId;

	private String outcome;

	private String clientIp;

	private String detail;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, String actor, String action, String targetType, String targetId, String outcome,
			String clientIp, String detail) {
		this.occurredAt = occurredAt;
		this.actor = truncate(actor, 50);
		this.action = action;
		this.targetType = targetType;
		this.targetId = truncate(targetId, 64);
		this.outcome = outcome;
		this.clientIp = truncate(clientIp, 64);
		this.detail = truncate(detail, 500);
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

	AuditTrail.EntryView toView() {
		return new AuditTrail.EntryView(this.id, this.occurredAt, this.actor, this.action, this.targetType,
				this.targetId, this.outcome, this.clientIp, this.detail);
	}

}
