package org.fangkong.screening;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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

	protected DailyCheck() {
	}

	DailyCheck(long screeningId, LocalDate checkDate, int slot) {
		this.screeningId = screeningId;
		this.checkDate = checkDate;
		this.slot = slot;
	}

	/** Records (or corrects) the check of this slot. */
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

	Screenings.CheckView toView() {
		return new Screenings.CheckView(this.id, this.checkDate, this.slot, this.checkedAt, this.temperature,
				this.symptoms, this.atHome, this.lostContact, this.checkedBy,
				(this.checkedByName != null) ? this.checkedByName : this.checkedBy);
	}

}
