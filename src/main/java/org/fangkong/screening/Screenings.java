package org.fangkong.screening;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.shared.Actor;
import org.fangkong.shared.IdType;
import org.fangkong.shared.InvalidInputException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screenings and their measures (排查, R-SCR-1, R-SCR-2): a screening reported by the grid,
 * read with its checks and history, released from its measure or closed by the grid's
 * check of a lead. The rules live in {@link ScreeningRules} and in the {@link Screening}
 * aggregate; persons, daily checks and the chain of responsibility have their own
 * services ({@link Persons}, {@link DailyChecks}, {@link ResponsibleCadres}). Every read
 * and write is bounded by the actor's jurisdiction (SECURITY.md AC1, AC3): a screening
 * outside it is not found.
 */
@Service
// Validation fails before anything is written: it must not doom a transaction it takes
// part in (an import).
@Transactional(readOnly = true, noRollbackFor = InvalidInputException.class)
@EnableConfigurationProperties(ScreeningSettings.class)
public class Screenings {

	private final ScreeningRepository screenings;

	private final PersonRepository persons;

	private final ScreeningHistoryRepository history;

	private final ScreeningAccess access;

	private final ScreeningViews views;

	private final Persons people;

	private final DailyChecks checks;

	private final PersonIntake intake;

	private final ScreeningCrossings crossings;

	private final Jurisdictions jurisdictions;

	private final AuditTrail audit;

	private final ScreeningSettings settings;

	private final ScreeningRules rules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Screenings(ScreeningRepository screenings, PersonRepository persons, ScreeningHistoryRepository history,
			ScreeningAccess access, ScreeningViews views, Persons people, PersonIntake intake, DailyChecks checks,
			ScreeningCrossings crossings, Jurisdictions jurisdictions, AuditTrail audit, ScreeningSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.intake = intake;
		this.crossings = crossings;
		this.screenings = screenings;
		this.persons = persons;
		this.history = history;
		this.access = access;
		this.views = views;
		this.people = people;
		this.checks = checks;
		this.jurisdictions = jurisdictions;
		this.audit = audit;
		this.settings = settings;
		this.rules = new ScreeningRules(settings);
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates a screening reported by the grid, handed down or self-reported; the person
	 * is found or created by {@link PersonIntake} (a person outside the actor's
	 * jurisdiction is neither shown nor changed, issue #9 item 1). Refused for a person
	 * who has an open screening already (issue #8 item 1: one open screening per person).
	 * A point given with the report (a pin on the form's map) becomes the person's home
	 * on the map ({@link PersonPlaced}); a point out of range refuses the whole report.
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public ScreeningView create(Actor actor, NewScreening input) {
		ScreeningAccess.requireRole(actor, ScreeningAccess.READERS);
		ScreeningRules.Valid valid = validate(actor, input);
		Persons.Placement place = this.people.placement(valid.nodeId());
		Person person = this.intake.forReport(actor, valid, input, place);
		Screening opened = new Screening(person.getId(), place.gridId(), place.gridPath(), valid.leadSource(), null,
				valid.trip(), Instant.now(this.clock), actor.username());
		// under the measure before the insert: one row written, not an insert and an
		// update
		opened.placeUnder(valid.measure(), valid.measureStart(), this.settings.daysOf(valid.measure()));
		Screening screening = this.screenings.save(opened);
		this.access.record(screening, actor, "CREATED", null, screening.getStatus(), valid.leadSource().name());
		if (input.longitude() != null && input.latitude() != null) {
			this.events.publishEvent(new PersonPlaced(person.getId(), input.longitude(), input.latitude()));
		}
		return this.views.toView(screening, person, actor);
	}

	/**
	 * One screening the actor may see, with the person's identifiers as the role allows.
	 */
	public ScreeningView get(Actor actor, long id) {
		ScreeningAccess.requireRole(actor, ScreeningAccess.READERS);
		return view(this.access.load(actor, id), actor);
	}

	/**
	 * The full detail of a screening: checks, crossings, history and the chain of
	 * responsibility.
	 */
	public Detail detail(Actor actor, long id) {
		ScreeningView view = get(actor, id);
		List<HistoryView> lines = this.history.findByScreeningIdOrderById(id)
			.stream()
			.map(ScreeningHistory::toView)
			.toList();
		if (actor.seesFullIdentifiers()) {
			this.audit.record(AuditAction.READ_FULL_RECORD, "screening", id, AuditTrail.SUCCESS, null);
		}
		boolean approver = ScreeningAccess.mayAny(actor, ScreeningAccess.APPROVERS);
		// R-SCR-2: offered once the clock has reached the planned end, as the release
		// rule asks.
		boolean canRelease = approver && view.status() == ScreeningStatus.UNDER_MEASURE
				&& !LocalDate.now(this.clock).isBefore(view.measureEnd());
		return new Detail(view, this.checks.checksOf(id), lines, canRelease, approver, this.settings.checkTimes(),
				this.crossings.of(id));
	}

	/**
	 * R-SCR-2: the release from a measure, approved by a role above the grid worker,
	 * refused while the clock's today is before the planned end whatever {@code on} says;
	 * {@code on} (today when null) may not lie ahead. A released or closed screening
	 * cannot be released.
	 */
	@Transactional
	public ScreeningView release(Actor actor, long screeningId, LocalDate on) {
		Screening screening = this.access.load(actor, screeningId);
		ScreeningAccess.requireRole(actor, ScreeningAccess.APPROVERS);
		ScreeningStatus before = screening.getStatus();
		screening.release(LocalDate.now(this.clock), on, actor.username());
		this.access.record(screening, actor, "RELEASED", before, screening.getStatus(),
				screening.getReleasedOn().toString());
		return view(screening, actor);
	}

	/**
	 * The grid's check of a handed-down lead; a lead that does not hold closes the
	 * screening. Refused once the screening is released or closed.
	 */
	@Transactional
	public ScreeningView checkLead(Actor actor, long screeningId, LeadCheck result) {
		ScreeningAccess.requireRole(actor, ScreeningAccess.READERS);
		Screening screening = this.access.load(actor, screeningId);
		ScreeningStatus before = screening.getStatus();
		screening.checkLead(result);
		this.access.record(screening, actor, "LEAD_CHECKED", before, screening.getStatus(), result.name());
		return view(screening, actor);
	}

	/**
	 * The people under a measure today with the state of their checks: see
	 * {@link DailyChecks#followUpsToday(Actor)}.
	 */
	public List<FollowUp> followUpsToday(Actor actor) {
		return this.checks.followUpsToday(actor);
	}

	/**
	 * Validates a reported screening against the actor's jurisdiction and the clock's
	 * day.
	 */
	ScreeningRules.Valid validate(Actor actor, NewScreening input) {
		return this.rules.check(input, LocalDate.now(this.clock),
				(node) -> this.jurisdictions.find(node).map(JurisdictionView::kind),
				(node) -> this.jurisdictions.covers(actor, node));
	}

	/**
	 * The same for the rows of one import (W2): what it asks of the jurisdiction tree
	 * about a node is asked once and kept in {@code kinds} and {@code covered} (a file
	 * names the same few grids in every row).
	 */
	ScreeningRules.Valid validate(Actor actor, NewScreening input,
			java.util.Map<Long, java.util.Optional<NodeKind>> kinds, java.util.Map<Long, Boolean> covered) {
		return this.rules.check(input, LocalDate.now(this.clock),
				(node) -> kinds.computeIfAbsent(node, (id) -> this.jurisdictions.find(id).map(JurisdictionView::kind)),
				(node) -> covered.computeIfAbsent(node, (id) -> this.jurisdictions.covers(actor, id)));
	}

	private ScreeningView view(Screening screening, Actor actor) {
		return this.views.toView(screening, this.persons.findById(screening.getPersonId()).orElseThrow(), actor);
	}

	/** A node named in a view. */
	public record NodeRef(long id, String name, String code) {

	}

	/**
	 * A screening as a user may see it. {@code idNumber} is the full number for roles
	 * that need it and null for others, who see {@code idNumberMasked}; {@code phone} is
	 * masked for them (SECURITY.md AC5). {@code fever}: the latest fever referral, or
	 * null.
	 */
	public record ScreeningView(long id, long personId, String name, String sex, IdType idType, String idNumberMasked,
			String idNumber, String phone, String currentAddress, String householdAddress, NodeRef grid,
			LeadSource leadSource, LeadCheck leadCheck, Trip trip, Measure measure, LocalDate measureStart,
			LocalDate measureEnd, ScreeningStatus status, LocalDate releasedOn, String releasedBy,
			List<ResponsibleView> responsible, long version, FeverFlag fever) {

	}

	/**
	 * Issue #8 item 3: the person was referred for fever (at a checkpoint or on a daily
	 * check); the latest referral, its id (the medics' page
	 * {@code /medical/referrals/{id}}) and its state ({@code OPEN}, {@code RECEIVED}).
	 * Null on a view without a referral.
	 */
	public record FeverFlag(long referralId, String status, BigDecimal temperature, Instant detectedAt) {

	}

	/**
	 * One level of a person's chain of responsibility; {@code overridden} when named for
	 * this person.
	 */
	public record ResponsibleView(NodeKind level, String nodeName, String name, String title, String phone,
			boolean overridden) {

	}

	/**
	 * A daily check as input. {@code checkedAt} defaults to now; a temperature is needed
	 * unless contact is lost.
	 */
	public record CheckInput(Instant checkedAt, BigDecimal temperature, String symptoms, Boolean atHome,
			Boolean lostContact) {

	}

	/**
	 * A daily check. {@code slot} counts from 0 (the first check time of the day);
	 * {@code checkedBy} is the username, {@code checkedByName} the display name. Issue #9
	 * item 7: {@code correctsCheckId} the reading this one corrected,
	 * {@code supersededBy} the one that corrected it (null when current),
	 * {@code recordedAt} when it was entered, {@code earlier} the readings it corrected,
	 * newest first.
	 */
	public record CheckView(long id, LocalDate checkDate, int slot, Instant checkedAt, BigDecimal temperature,
			String symptoms, boolean atHome, boolean lostContact, String checkedBy, String checkedByName,
			Long correctsCheckId, Long supersededBy, Instant recordedAt, List<CheckView> earlier) {

	}

	/**
	 * One line of a screening's history. {@code actor} is the username, {@code actorName}
	 * the display name stored with the line (the username for older lines);
	 * {@code bySystem} when the platform acted by itself (an arrival from a checkpoint).
	 */
	public record HistoryView(Instant occurredAt, String actor, String action, ScreeningStatus fromStatus,
			ScreeningStatus toStatus, String detail, boolean bySystem, String actorName) {

	}

	/**
	 * A checkpoint crossing that reached the screening (issue #8 item 1);
	 * {@code checkpointName} null when unknown.
	 */
	public record CrossingView(long registrationId, Long checkpointId, String checkpointName, Instant crossedAt) {

	}

	/** A screening in full, for its page. */
	public record Detail(ScreeningView screening, List<CheckView> checks, List<HistoryView> history, boolean canRelease,
			boolean canOverride, List<LocalTime> checkTimes, List<CrossingView> crossings) {

	}

	/** The state of one check slot today. */
	public enum SlotState {

		DONE, DUE, LATER, OVERDUE, NOT_DUE

	}

	/** A person to follow up today, with the state of each check slot. */
	public record FollowUp(long screeningId, String name, long gridId, String gridName, Measure measure,
			LocalDate measureEnd, List<SlotState> slots, FeverFlag fever) {

		public boolean overdue() {
			return this.slots.contains(SlotState.OVERDUE);
		}

	}

}
