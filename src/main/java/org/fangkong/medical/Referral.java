package org.fangkong.medical;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A fever referral (发热转诊): someone with fever sent to a fever clinic, and its path to an
 * outcome, a bed and discharge (issue #12 item 2), each step with who and when. The steps
 * are guarded by {@link ReferralRules}.
 */
@Entity
@Table(name = "referral")
class Referral {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ReferralSource source;

	private long sourceId;

	private Long checkpointId;

	private long jurisdictionId;

	/** The materialised path of {@code jurisdictionId}: scope is a prefix match on it. */
	private String scopePath;

	private BigDecimal temperature;

	private Instant detectedAt;

	@Enumerated(EnumType.STRING)
	private ReferralStatus status;

	/** Who received the patient at the fever clinic, and when. */
	private String handledBy;

	private Instant handledAt;

	/** The fever clinic that received the patient, when named. */
	private Long clinicId;

	@Enumerated(EnumType.STRING)
	private ReferralOutcome outcome;

	private String outcomeBy;

	private Instant outcomeAt;

	private String outcomeNote;

	/** The facility of the bed, while admitted and after. */
	private Long facilityId;

	@Enumerated(EnumType.STRING)
	private BedKind bedKind;

	private String admittedBy;

	private Instant admittedAt;

	private String dischargedBy;

	private Instant dischargedAt;

	private String dischargeNote;

	/** The ledger measure screening applied for this referral (the listener's marker). */
	private String measureApplied;

	/** Screening's answer to the last measure asked for. */
	private String measureResult;

	private String callerName;

	private String callerPhoneEnc;

	private String complaint;

	@Version
	private long version;

	protected Referral() {
	}

	Referral(ReferralSource source, long sourceId, Long checkpointId, long jurisdictionId, String scopePath,
			BigDecimal temperature, Instant detectedAt) {
		this.scopePath = scopePath;
		this.source = source;
		this.sourceId = sourceId;
		this.checkpointId = checkpointId;
		this.jurisdictionId = jurisdictionId;
		this.temperature = temperature;
		this.detectedAt = detectedAt;
		this.status = ReferralStatus.OPEN;
	}

	/** A call about symptoms to the hotline, referred by the operator. */
	static Referral fromHotline(long callId, long jurisdictionId, String scopePath, BigDecimal temperature, Instant at,
			String callerName, String callerPhoneEnc, String complaint) {
		Referral referral = new Referral(ReferralSource.HOTLINE, callId, null, jurisdictionId, scopePath, temperature,
				at);
		referral.callerName = callerName;
		referral.callerPhoneEnc = callerPhoneEnc;
		referral.complaint = complaint;
		return referral;
	}

	/** The fever clinic ({@code clinicId} when named) received the patient. */
	void receive(Long clinicId, String medic, Instant at) {
		ReferralRules.require(ReferralRules.Step.RECEIVE, this.status, this.outcome);
		this.status = ReferralStatus.RECEIVED;
		this.clinicId = clinicId;
		this.handledBy = medic;
		this.handledAt = at;
	}

	/**
	 * The outcome, first or re-classified. An outcome that needs no bed
	 * ({@link ReferralOutcome#needsBed()}) ends an admission: the caller has released the
	 * bed, and the referral is discharged.
	 */
	void conclude(ReferralOutcome outcome, String note, String medic, Instant at) {
		ReferralRules.require(ReferralRules.Step.OUTCOME, this.status, this.outcome);
		boolean endsAdmission = this.status == ReferralStatus.ADMITTED && !outcome.needsBed();
		this.outcome = outcome;
		this.outcomeNote = note;
		this.outcomeBy = medic;
		this.outcomeAt = at;
		if (endsAdmission) {
			this.status = ReferralStatus.DISCHARGED;
			this.dischargedBy = medic;
			this.dischargedAt = at;
			this.dischargeNote = note;
		}
		else if (this.status != ReferralStatus.ADMITTED) {
			this.status = ReferralStatus.CONCLUDED;
		}
	}

	/**
	 * Admitted to a bed of {@code kind} at the facility; the caller has taken the bed.
	 */
	void admit(long facilityId, BedKind kind, String medic, Instant at) {
		ReferralRules.require(ReferralRules.Step.ADMIT, this.status, this.outcome);
		this.status = ReferralStatus.ADMITTED;
		this.facilityId = facilityId;
		this.bedKind = kind;
		this.admittedBy = medic;
		this.admittedAt = at;
	}

	/** Discharged from the bed; the caller has released it. */
	void discharge(String note, String medic, Instant at) {
		ReferralRules.require(ReferralRules.Step.DISCHARGE, this.status, this.outcome);
		this.status = ReferralStatus.DISCHARGED;
		this.dischargedBy = medic;
		this.dischargedAt = at;
		this.dischargeNote = note;
	}

	/** Whether the referral holds a bed now. */
	boolean holdsBed() {
		return this.status == ReferralStatus.ADMITTED;
	}

	/**
	 * Screening applied {@code measure} (or answered {@code result}) for this referral.
	 */
	void measureApplied(String measure, String result) {
		this.measureApplied = measure;
		this.measureResult = result;
	}

	Long getClinicId() {
		return this.clinicId;
	}

	ReferralOutcome getOutcome() {
		return this.outcome;
	}

	String getOutcomeBy() {
		return this.outcomeBy;
	}

	Instant getOutcomeAt() {
		return this.outcomeAt;
	}

	String getOutcomeNote() {
		return this.outcomeNote;
	}

	Long getFacilityId() {
		return this.facilityId;
	}

	BedKind getBedKind() {
		return this.bedKind;
	}

	String getAdmittedBy() {
		return this.admittedBy;
	}

	Instant getAdmittedAt() {
		return this.admittedAt;
	}

	String getDischargedBy() {
		return this.dischargedBy;
	}

	Instant getDischargedAt() {
		return this.dischargedAt;
	}

	String getDischargeNote() {
		return this.dischargeNote;
	}

	String getMeasureApplied() {
		return this.measureApplied;
	}

	String getMeasureResult() {
		return this.measureResult;
	}

	String getCallerName() {
		return this.callerName;
	}

	String getCallerPhoneEnc() {
		return this.callerPhoneEnc;
	}

	String getComplaint() {
		return this.complaint;
	}

	Long getId() {
		return this.id;
	}

	ReferralSource getSource() {
		return this.source;
	}

	long getSourceId() {
		return this.sourceId;
	}

	Long getCheckpointId() {
		return this.checkpointId;
	}

	long getJurisdictionId() {
		return this.jurisdictionId;
	}

	BigDecimal getTemperature() {
		return this.temperature;
	}

	Instant getDetectedAt() {
		return this.detectedAt;
	}

	ReferralStatus getStatus() {
		return this.status;
	}

	String getHandledBy() {
		return this.handledBy;
	}

	Instant getHandledAt() {
		return this.handledAt;
	}

}
