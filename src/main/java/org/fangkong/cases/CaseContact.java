package org.fangkong.cases;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person the investigator accepted as a close contact of a case (or dismissed), with
 * the reason, the last exposure and the screening that follows them up.
 */
@Entity
@Table(name = "case_contact")
class CaseContact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long caseId;

	private long personId;

	private long gridId;

	private String gridPath;

	@Enumerated(EnumType.STRING)
	private ContactReason reason;

	private String registrationIds;

	private String exposureType;

	private LocalDate lastExposure;

	@Enumerated(EnumType.STRING)
	private ContactStatus status;

	private Long screeningId;

	private Instant decidedAt;

	private String decidedBy;

	protected CaseContact() {
	}

	CaseContact(long caseId, long personId, long gridId, String gridPath, ContactReason reason, String registrationIds,
			String exposureType, LocalDate lastExposure, ContactStatus status, Instant decidedAt, String decidedBy) {
		this.caseId = caseId;
		this.personId = personId;
		this.gridId = gridId;
		this.gridPath = gridPath;
		this.reason = reason;
		this.registrationIds = registrationIds;
		this.exposureType = exposureType;
		this.lastExposure = lastExposure;
		this.status = status;
		this.decidedAt = decidedAt;
		this.decidedBy = decidedBy;
	}

	void followedBy(long screeningId) {
		this.screeningId = screeningId;
	}

	Long getId() {
		return this.id;
	}

	long getCaseId() {
		return this.caseId;
	}

	long getPersonId() {
		return this.personId;
	}

	long getGridId() {
		return this.gridId;
	}

	ContactReason getReason() {
		return this.reason;
	}

	String getRegistrationIds() {
		return this.registrationIds;
	}

	String getExposureType() {
		return this.exposureType;
	}

	LocalDate getLastExposure() {
		return this.lastExposure;
	}

	ContactStatus getStatus() {
		return this.status;
	}

	Long getScreeningId() {
		return this.screeningId;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

	String getDecidedBy() {
		return this.decidedBy;
	}

}
