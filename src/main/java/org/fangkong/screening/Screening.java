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
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.OriginClass;
import org.fangkong.shared.TravelMode;

/**
 * The screening of an arriving traveller (排查记录), with the measure they are under
 * (R-SCR-1, R-SCR-2). Every state change is a method that enforces its rule and refuses
 * an illegal transition before it changes anything: a release comes only once the clock
 * has reached the planned end, only once; a released or closed screening is final and is
 * neither closed, reopened nor changed again.
 */
@Entity
@Table(name = "screening")
class Screening {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long personId;

	private long gridId;

	/**
	 * The path of the grid in the jurisdiction tree, for scoped queries (SECURITY.md
	 * AC1).
	 */
	private String gridPath;

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

	/** The screening this duplicate was merged into (issue #8 item 1), else null. */
	private Long mergedInto;

	@Version
	private long version;

	protected Screening() {
	}

	Screening(long personId, long gridId, String gridPath, LeadSource leadSource, Long registrationId, Trip trip,
			Instant createdAt, String createdBy) {
		this.personId = personId;
		this.gridId = gridId;
		this.gridPath = gridPath;
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
	 * Not once the screening is final.
	 */
	boolean describe(Trip trip) {
		requireOpen();
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
	 * screening is not reopened, and a measure is not ended this way (issue #9 item 2).
	 */
	void placeUnder(Measure measure, LocalDate start, int days) {
		requireMeasureMayBecome(measure);
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
	 * R-SCR-2: the release (解除观察), approved above the grid worker, as
	 * {@link MeasureRules#releaseDay} allows; {@code today} is the clock's day.
	 */
	void release(LocalDate today, LocalDate on, String approvedBy) {
		this.releasedOn = MeasureRules.releaseDay(this.status, this.measureEnd, today, on);
		this.status = ScreeningStatus.RELEASED;
		this.releasedBy = approvedBy;
	}

	/** Refuses {@link #placeUnder} to {@code measure} before anything changes. */
	void requireMeasureMayBecome(Measure measure) {
		requireOpen();
		MeasureRules.requireMeasureChange(this.status, measure);
	}

	/**
	 * The grid's check of a handed-down lead: a lead that does not hold closes the
	 * screening, only as {@link MeasureRules#requireLeadCheck} allows. A final screening
	 * is not checked again.
	 */
	void checkLead(LeadCheck result) {
		requireOpen();
		MeasureRules.requireLeadCheck(this.status, this.leadSource, this.leadCheck, result);
		this.leadCheck = result;
		if (result != LeadCheck.CONFIRMED_HERE) {
			this.status = ScreeningStatus.CLOSED;
		}
	}

	/**
	 * The screening belongs to another record of the same person (a merge of duplicates):
	 * the person is re-identified, the screening itself does not change, so this is
	 * allowed even when it is final.
	 */
	void movePersonTo(long personId) {
		this.personId = personId;
	}

	/** Issue #8 item 1: a duplicate open screening closed as merged into the kept one. */
	void mergeInto(long keeperId) {
		requireOpen();
		this.status = ScreeningStatus.CLOSED;
		this.mergedInto = keeperId;
	}

	/** The person now lives in another grid. Not once the screening is final. */
	void moveTo(long gridId, String gridPath) {
		requireOpen();
		this.gridId = gridId;
		this.gridPath = gridPath;
	}

	/** Whether the screening is released or closed: nothing about it changes any more. */
	boolean isFinal() {
		return this.status == ScreeningStatus.RELEASED || this.status == ScreeningStatus.CLOSED;
	}

	/** Refuses any change of a final screening. */
	void requireOpen() {
		if (isFinal()) {
			throw new TransitionRefusedException("status", "validation.screening.final");
		}
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

	String getGridPath() {
		return this.gridPath;
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

	Long getMergedInto() {
		return this.mergedInto;
	}

	long getVersion() {
		return this.version;
	}

}
