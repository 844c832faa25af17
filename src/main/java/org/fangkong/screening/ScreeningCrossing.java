package org.fangkong.screening;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A checkpoint crossing (卡点通行) that reached a screening: every arrival of the person
 * while the screening is open is kept here, one row per registration (issue #8 item 1).
 * Never changed, except moved to another screening of the person by a merge.
 */
@Entity
@Table(name = "screening_crossing")
class ScreeningCrossing {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long screeningId;

	private long registrationId;

	private Long checkpointId;

	private Instant crossedAt;

	private Instant recordedAt;

	protected ScreeningCrossing() {
	}

	ScreeningCrossing(long screeningId, long registrationId, Long checkpointId, Instant crossedAt, Instant recordedAt) {
		this.screeningId = screeningId;
		this.registrationId = registrationId;
		this.checkpointId = checkpointId;
		this.crossedAt = crossedAt;
		this.recordedAt = recordedAt;
	}

	long getScreeningId() {
		return this.screeningId;
	}

	long getRegistrationId() {
		return this.registrationId;
	}

	Long getCheckpointId() {
		return this.checkpointId;
	}

	Screenings.CrossingView toView(String checkpointName) {
		return new Screenings.CrossingView(this.registrationId, this.checkpointId, checkpointName, this.crossedAt);
	}

}
