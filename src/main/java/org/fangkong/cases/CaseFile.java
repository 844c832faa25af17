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
import jakarta.persistence.Version;
import org.fangkong.shared.OriginClass;

/** One case (病例): a person, their classification now, onset, source. */
@Entity
@Table(name = "case_file")
class CaseFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long personId;

	private long gridId;

	private String gridPath;

	@Enumerated(EnumType.STRING)
	private CaseClassification classification;

	private LocalDate onsetDate;

	@Enumerated(EnumType.STRING)
	private CaseSource sourceKind;

	@Enumerated(EnumType.STRING)
	private OriginClass originClass;

	private String originPlace;

	private Long sourceCaseId;

	private Long referralId;

	private Instant openedAt;

	private String openedBy;

	@Version
	private long version;

	protected CaseFile() {
	}

	CaseFile(long personId, long gridId, String gridPath, CaseClassification classification, LocalDate onsetDate,
			Long referralId, Instant openedAt, String openedBy) {
		this.personId = personId;
		this.gridId = gridId;
		this.gridPath = gridPath;
		this.classification = classification;
		this.onsetDate = onsetDate;
		this.referralId = referralId;
		this.openedAt = openedAt;
		this.openedBy = openedBy;
		this.sourceKind = CaseSource.UNKNOWN;
	}

	void classify(CaseClassification classification) {
		this.classification = classification;
	}

	void source(CaseSource kind, OriginClass originClass, String originPlace, Long sourceCaseId) {
		this.sourceKind = kind;
		this.originClass = (kind == CaseSource.IMPORTED) ? originClass : null;
		this.originPlace = (kind == CaseSource.IMPORTED) ? originPlace : null;
		this.sourceCaseId = (kind == CaseSource.CONTACT) ? sourceCaseId : null;
	}

	void onset(LocalDate onsetDate) {
		this.onsetDate = onsetDate;
	}

	void referral(long referralId) {
		this.referralId = referralId;
	}

	Long getId() {
		return this.id;
	}

	long getPersonId() {
		return this.personId;
	}

	long getGridId() {
		return this.gridId;
	}

	String getGridPath() {
		return this.gridPath;
	}

	CaseClassification getClassification() {
		return this.classification;
	}

	LocalDate getOnsetDate() {
		return this.onsetDate;
	}

	CaseSource getSourceKind() {
		return this.sourceKind;
	}

	OriginClass getOriginClass() {
		return this.originClass;
	}

	String getOriginPlace() {
		return this.originPlace;
	}

	Long getSourceCaseId() {
		return this.sourceCaseId;
	}

	Long getReferralId() {
		return this.referralId;
	}

	Instant getOpenedAt() {
		return this.openedAt;
	}

	String getOpenedBy() {
		return this.openedBy;
	}

}
