package org.fangkong.screening;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fangkong.shared.InvalidInputException;

/**
 * A change of residence waiting for an approver (issue #9 item 1): a report matched, by
 * ID number, a person in a grid outside the reporter's jurisdiction. The person stays
 * where they are until a township officer (or commander) covering the sending grid
 * approves; the report itself lives on a record of its own in the receiving grid
 * ({@code reportedPersonId}, null when the report only added a crossing).
 */
@Entity
@Table(name = "person_transfer")
class PersonTransfer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long personId;

	private Long reportedPersonId;

	private long fromGridId;

	private String fromGridPath;

	private long toGridId;

	private String toGridPath;

	private Long toHouseholdId;

	private String requestedBy;

	private Instant requestedAt;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String decidedBy;

	private Instant decidedAt;

	@Version
	private long version;

	protected PersonTransfer() {
	}

	PersonTransfer(long personId, Long reportedPersonId, long fromGridId, String fromGridPath, long toGridId,
			String toGridPath, Long toHouseholdId, String requestedBy, Instant requestedAt) {
		this.personId = personId;
		this.reportedPersonId = reportedPersonId;
		this.fromGridId = fromGridId;
		this.fromGridPath = fromGridPath;
		this.toGridId = toGridId;
		this.toGridPath = toGridPath;
		this.toHouseholdId = toHouseholdId;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.status = Status.PENDING;
	}

	/** Approved or rejected once; a decided request is not decided again. */
	void decide(boolean approve, String username, Instant at) {
		if (this.status != Status.PENDING) {
			throw InvalidInputException.of("status", "validation.transfer.decided");
		}
		this.status = approve ? Status.APPROVED : Status.REJECTED;
		this.decidedBy = username;
		this.decidedAt = at;
	}

	Long getId() {
		return this.id;
	}

	long getPersonId() {
		return this.personId;
	}

	Long getReportedPersonId() {
		return this.reportedPersonId;
	}

	long getFromGridId() {
		return this.fromGridId;
	}

	String getFromGridPath() {
		return this.fromGridPath;
	}

	long getToGridId() {
		return this.toGridId;
	}

	String getToGridPath() {
		return this.toGridPath;
	}

	Long getToHouseholdId() {
		return this.toHouseholdId;
	}

	String getRequestedBy() {
		return this.requestedBy;
	}

	Instant getRequestedAt() {
		return this.requestedAt;
	}

	Status getStatus() {
		return this.status;
	}

	String getDecidedBy() {
		return this.decidedBy;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

	/** Where a request stands. */
	public enum Status {

		PENDING, APPROVED, REJECTED

	}

}
