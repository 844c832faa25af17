package org.fangkong.screening;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A daily check of someone under a measure (每日随访): twice a day by default. */
@Entity
@Table(name = "daily_check")
class DailyCheck {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long screeningId;

	private LocalDate checkDate;

	private int slot;

	private Instant checkedAt;

	private BigDecimal temperature;

	private String symptoms;

	private boolean atHome;

	private boolean lostContact;

	private String checkedBy;

	/** The display name of who checked, stored with the check (issue #8 item 8). */
	private String checkedByName;

	/** Issue #9 item 7: the reading's place in its slot, from 0. */
	private int seq;

	/** The reading of the slot this one corrects, else null. */
	private Long correctsCheckId;

	/** The reading that corrected this one, else null (this one is current). */
	private Long supersededBy;

	/** When the reading was entered (null for readings before issue #9 item 7). */
	private Instant recordedAt;

	protected DailyCheck() {
	}

	/**
	 * The first reading of a slot, or with {@code corrected} the correction of that
	 * slot's current reading, which stays beside it (RE2).
	 */
	DailyCheck(long screeningId, LocalDate checkDate, int slot, DailyCheck corrected, Instant recordedAt) {
		this.screeningId = screeningId;
		this.checkDate = checkDate;
		this.slot = slot;
		this.seq = (corrected != null) ? corrected.seq + 1 : 0;
		this.correctsCheckId = (corrected != null) ? corrected.id : null;
		this.recordedAt = recordedAt;
	}

	/** This reading is corrected by {@code correction}; it stays as it was read. */
	void supersede(long correction) {
		this.supersededBy = correction;
	}

	/** Records the reading. */
	void record(Instant checkedAt, BigDecimal temperature, String symptoms, boolean atHome, boolean lostContact,
			String checkedBy, String checkedByName) {
		this.checkedAt = checkedAt;
		this.checkedByName = checkedByName;
		this.temperature = temperature;
		this.symptoms = symptoms;
		this.atHome = atHome;
		this.lostContact = lostContact;
		this.checkedBy = checkedBy;
	}

	Long getId() {
		return this.id;
	}

	long getScreeningId() {
		return this.screeningId;
	}

	LocalDate getCheckDate() {
		return this.checkDate;
	}

	int getSlot() {
		return this.slot;
	}

	Long getSupersededBy() {
		return this.supersededBy;
	}

	Screenings.CheckView toView() {
		return toView(List.of());
	}

	/** The view, with the {@code earlier} readings this one corrected (newest first). */
	Screenings.CheckView toView(List<Screenings.CheckView> earlier) {
		return new Screenings.CheckView(this.id, this.checkDate, this.slot, this.checkedAt, this.temperature,
				this.symptoms, this.atHome, this.lostContact, this.checkedBy,
				(this.checkedByName != null) ? this.checkedByName : this.checkedBy, this.correctsCheckId,
				this.supersededBy, this.recordedAt, earlier);
	}

}
