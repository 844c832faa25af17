package org.fangkong.screening;

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
import org.fangkong.shared.TravelMode;
import org.fangkong.shared.OriginClass;

/**
 * The screening of an arriving traveller (排查记录), with the measure they are under
 * (R-SCR-1, R-SCR-2). The state changes are methods that enforce their rule: a release
 * comes only after the planned end, only once.
 */
@Entity
@Table(name = "screening")
class Screening {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long personId;

	private long gridId;

	@Enumerated(EnumType.STRING)
	private LeadSource leadSource;

	@Enumerated(EnumType.STRING)
	private LeadCheck leadCheck;

	private Long registrationId;

	@Enumerated(EnumType.STRING)
	private OriginClass originClass;

	private String originPlace;

	private LocalDate departureDate;

	private LocalDate arrivalDate;

	@Enumerated(EnumType.STRING)
	private TravelMode transportMode;

	private String transportNumber;

	private String stopovers;

	private String companions;

	private String exposure;

	private String healthNote;

	@Enumerated(EnumType.STRING)
	private Measure measure;

	private LocalDate measureStart;

	private LocalDate measureEnd;

	@Enumerated(EnumType.STRING)
	private ScreeningStatus status;

	private LocalDate releasedOn;

	private String releasedBy;

	private String note;

	private Instant createdAt;

	private String createdBy;

	@Version
	private long version;

	protected Screening() {
	}

	Screening(long personId, long gridId, LeadSource leadSource, Long registrationId, Trip trip, Instant createdAt,
			String createdBy) {
		this.personId = personId;
		this.gridId = gridId;
		this.leadSource = leadSource;
		this.registrationId = registrationId;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.measure = Measure.NONE;
		this.status = ScreeningStatus.NO_MEASURE;
		describe(trip);
	}

	/**
	 * What is known of the trip, exposure and health. Returns whether anything changed.
	 */
	boolean describe(Trip trip) {
		boolean changed = !trip.equals(trip());
		this.originClass = trip.originClass();
		this.originPlace = trip.originPlace();
		this.departureDate = trip.departureDate();
		this.arrivalDate = trip.arrivalDate();
		this.transportMode = trip.transportMode();
		this.transportNumber = trip.transportNumber();
		this.stopovers = trip.stopovers();
		this.companions = trip.companions();
		this.exposure = trip.exposure();
		this.healthNote = trip.healthNote();
		this.note = trip.note();
		return changed;
	}

	Trip trip() {
		return new Trip(this.originClass, this.originPlace, this.departureDate, this.arrivalDate, this.transportMode,
				this.transportNumber, this.stopovers, this.companions, this.exposure, this.healthNote, this.note);
	}

	/**
	 * Puts the person under a measure from {@code start} for {@code days} days (planned
	 * end = start + days), or under none. Only while no measure has ended: a released
	 * screening is not reopened.
	 */
	void placeUnder(Measure measure, LocalDate start, int days) {
		if (this.status == ScreeningStatus.RELEASED || this.status == ScreeningStatus.CLOSED) {
			throw new IllegalStateException("screening " + this.id + " is " + this.status);
		}
		this.measure = measure;
		if (measure == Measure.NONE) {
			this.measureStart = null;
			this.measureEnd = null;
			this.status = ScreeningStatus.NO_MEASURE;
		}
		else {
			this.measureStart = start;
			this.measureEnd = start.plusDays(days);
			this.status = ScreeningStatus.UNDER_MEASURE;
		}
	}

	/**
	 * R-SCR-2: the release (解除观察), approved above the grid worker, not before the planned
	 * end.
	 */
	void release(LocalDate on, String approvedBy) {
		if (this.status != ScreeningStatus.UNDER_MEASURE) {
			throw new IllegalStateException("screening " + this.id + " is not under a measure");
		}
		if (on.isBefore(this.measureEnd)) {
			throw new ObservationNotOverException(this.measureEnd);
		}
		this.status = ScreeningStatus.RELEASED;
		this.releasedOn = on;
		this.releasedBy = approvedBy;
	}

	/**
	 * The grid's check of a handed-down lead: a lead that does not hold closes the
	 * screening.
	 */
	void checkLead(LeadCheck result) {
		this.leadCheck = result;
		if (result != LeadCheck.CONFIRMED_HERE) {
			this.status = ScreeningStatus.CLOSED;
		}
	}

	void movePersonTo(long personId) {
		this.personId = personId;
	}

	void moveTo(long gridId) {
		this.gridId = gridId;
	}

	/**
	 * Whether daily checks are due on {@code day}: under a measure that covers the day.
	 */
	boolean checksDueOn(LocalDate day) {
		return this.status == ScreeningStatus.UNDER_MEASURE && !day.isBefore(this.measureStart)
				&& day.isBefore(this.measureEnd);
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

	LeadSource getLeadSource() {
		return this.leadSource;
	}

	LeadCheck getLeadCheck() {
		return this.leadCheck;
	}

	Long getRegistrationId() {
		return this.registrationId;
	}

	Measure getMeasure() {
		return this.measure;
	}

	LocalDate getMeasureStart() {
		return this.measureStart;
	}

	LocalDate getMeasureEnd() {
		return this.measureEnd;
	}

	ScreeningStatus getStatus() {
		return this.status;
	}

	LocalDate getReleasedOn() {
		return this.releasedOn;
	}

	String getReleasedBy() {
		return this.releasedBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	long getVersion() {
		return this.version;
	}

	/** A release asked for before the planned end of the measure. */
	static class ObservationNotOverException extends RuntimeException {

		private final LocalDate plannedEnd;

		ObservationNotOverException(LocalDate plannedEnd) {
			super("the measure runs until " + plannedEnd);
			this.plannedEnd = plannedEnd;
		}

		LocalDate plannedEnd() {
			return this.plannedEnd;
		}

	}

}
