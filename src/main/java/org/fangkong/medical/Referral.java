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

/** A fever referral (发热转诊): someone with fever sent to a fever clinic. */
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

	private String handledBy;

	private Instant handledAt;

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

	/** The fever clinic received the patient. */
	void receive(String medic, Instant at) {
		if (this.status != ReferralStatus.OPEN) {
			throw new IllegalStateException("referral " + this.id + " is " + this.status);
		}
		this.status = ReferralStatus.RECEIVED;
		this.handledBy = medic;
		this.handledAt = at;
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
