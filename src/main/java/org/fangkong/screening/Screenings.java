package org.fangkong.screening;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.checkpoint.RegistrationSubjects;
import org.fangkong.checkpoint.Registrations;
import org.fangkong.shared.TravelMode;
import org.fangkong.checkpoint.TravellerArrived;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.jurisdiction.ResponsibilityLink;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ContactRules;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.FieldRules;
import org.fangkong.shared.IdType;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.Masking;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.OriginClass;
import org.fangkong.shared.PersonalDataProtection;
import org.fangkong.shared.ResidentIdNumber;
import org.fangkong.shared.Role;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening and follow-up (R-SCR-1, R-SCR-2, R-SCR-4, R-GRID-2): one record per person,
 * screenings with their measures and history, the daily checks, and the chain of cadres
 * responsible for each person. Every read and write is bounded by the actor's
 * jurisdiction (SECURITY.md AC1, AC3): a screening outside it is not found.
 */
@Service
// Validation fails before anything is written: it must not doom a transaction it takes
// part in (an import).
@Transactional(readOnly = true, noRollbackFor = InvalidInputException.class)
@EnableConfigurationProperties(ScreeningSettings.class)
public class Screenings {

	static final Set<Role> READERS = Set.of(Role.COMMANDER, Role.HQ_STAFF, Role.TOWNSHIP_OFFICER, Role.GRID_WORKER);

	static final Set<Role> APPROVERS = Set.of(Role.COMMANDER, Role.HQ_STAFF, Role.TOWNSHIP_OFFICER);

	private final PersonRepository persons;

	private final ScreeningRepository screenings;

	private final ScreeningHistoryRepository history;

	private final DailyCheckRepository checks;

	private final ResponsibleOverrideRepository overrides;

	private final Jurisdictions jurisdictions;

	private final RegistrationSubjects subjects;

	private final PersonalDataProtection protection;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final ScreeningSettings settings;

	private final Clock clock;

	private final BigDecimal feverThreshold;

	Screenings(PersonRepository persons, ScreeningRepository screenings, ScreeningHistoryRepository history,
			DailyCheckRepository checks, ResponsibleOverrideRepository overrides, Jurisdictions jurisdictions,
			Registrations registrations, RegistrationSubjects subjects, PersonalDataProtection protection,
			ApplicationEventPublisher events, AuditTrail audit, ScreeningSettings settings, Clock clock) {
		this.persons = persons;
		this.screenings = screenings;
		this.history = history;
		this.checks = checks;
		this.overrides = overrides;
		this.jurisdictions = jurisdictions;
		this.subjects = subjects;
		this.protection = protection;
		this.events = events;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
		this.feverThreshold = registrations.feverThreshold();
	}

	/**
	 * R-SCR-1: a traveller from outside registered at a checkpoint, bound for a node of
	 * the city, is screened in the destination grid at once, under the measure the rule
	 * gives their origin, without anyone typing them in again. A republished event does
	 * nothing the second time.
	 */
	@ApplicationModuleListener
	void on(TravellerArrived arrival) {
		if (this.screenings.existsByRegistrationId(arrival.registrationId())) {
			return;
		}
		RegistrationSubjects.Subject subject = this.subjects.subject(arrival.registrationId()).orElse(null);
		if (subject == null) {
			return;
		}
		Placement place = placement(arrival.destinationJurisdictionId());
		Person person = findOrCreatePerson(subject.idType(), subject.idNumber(), subject.name(), subject.phone(), null,
				null, null, place);
		LocalDate arrived = arrival.crossedAt().atZone(this.clock.getZone()).toLocalDate();
		Trip trip = new Trip(subject.originClass(), subject.originPlace(), null, arrived, subject.travelMode(),
				subject.plate(), null, null, null, "入境卡点体温 " + subject.temperature() + " °C", null);
		Screening screening = this.screenings.save(new Screening(person.getId(), place.gridId(), LeadSource.CHECKPOINT,
				arrival.registrationId(), trip, Instant.now(this.clock), "checkpoint"));
		Measure measure = this.settings.measureFor(subject.originClass());
		screening.placeUnder(measure, arrived, this.settings.daysOf(measure));
		record(screening, "system", "CREATED", null, screening.getStatus(), "from checkpoint registration");
	}

	/**
	 * Creates a screening reported by the grid, handed down or self-reported; the person
	 * is found or created.
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public ScreeningView create(Actor actor, NewScreening input) {
		requireRole(actor, READERS);
		Valid valid = validate(actor, input);
		Placement place = placement(valid.nodeId());
		Person person = findOrCreatePerson(valid.idType(), valid.idNumber(), valid.name(), valid.phone(), valid.sex(),
				input.currentAddress(), input.householdAddress(), place);
		Screening screening = this.screenings.save(new Screening(person.getId(), place.gridId(), valid.leadSource(),
				null, valid.trip(), Instant.now(this.clock), actor.username()));
		screening.placeUnder(valid.measure(), valid.measureStart(), this.settings.daysOf(valid.measure()));
		record(screening, actor.username(), "CREATED", null, screening.getStatus(), valid.leadSource().name());
		return toView(screening, person, actor);
	}

	/**
	 * One screening the actor may see, with the person's identifiers as the role allows.
	 */
	public ScreeningView get(Actor actor, long id) {
		requireRole(actor, READERS);
		Screening screening = load(actor, id);
		return toView(screening, this.persons.findById(screening.getPersonId()).orElseThrow(), actor);
	}

	/**
	 * The full detail of a screening: checks, history and the chain of responsibility.
	 */
	public Detail detail(Actor actor, long id) {
		ScreeningView view = get(actor, id);
		List<CheckView> checks = this.checks.findByScreeningIdOrderByCheckDateDescSlotDesc(id)
			.stream()
			.map(DailyCheck::toView)
			.toList();
		List<HistoryView> lines = this.history.findByScreeningIdOrderById(id)
			.stream()
			.map(ScreeningHistory::toView)
			.toList();
		if (actor.seesFullIdentifiers()) {
			this.audit.record(AuditAction.READ_FULL_RECORD, "screening", id, AuditTrail.SUCCESS, null);
		}
		return new Detail(view, checks, lines, canRelease(actor, view), actor.hasAny(APPROVERS.toArray(Role[]::new)),
				this.settings.checkTimes());
	}

	/**
	 * People found by ID number inside the actor's jurisdiction (audited as a search).
	 */
	public List<ScreeningView> findByIdNumber(Actor actor, String idNumber) {
		requireRole(actor, READERS);
		String normalised = IdType.normalise(idNumber);
		List<Long> scope = this.jurisdictions.scopeIds(actor);
		List<ScreeningView> found = new ArrayList<>();
		for (Person person : this.persons.findByIdNumberHashAndGridIdIn(this.protection.lookupHash(normalised),
				scope)) {
			found.add(latest(person, actor));
		}
		this.audit.record(AuditAction.SEARCH, "person", null, AuditTrail.SUCCESS,
				"by ID number, found=" + found.size());
		return found;
	}

	/** A person the actor may see, with their latest screening. */
	public ScreeningView person(Actor actor, long personId) {
		requireRole(actor, READERS);
		Person person = this.persons.findById(personId)
			.filter((p) -> p.getMergedInto() == null)
			.filter((p) -> this.jurisdictions.covers(actor, p.getGridId()))
			.orElseThrow(() -> new NotFoundException("person", personId));
		if (actor.seesFullIdentifiers()) {
			this.audit.record(AuditAction.READ_FULL_RECORD, "person", personId, AuditTrail.SUCCESS, null);
		}
		return latest(person, actor);
	}

	/**
	 * Records a daily check (R-SCR-2). A fever refers the person to the medics, like a
	 * checkpoint fever; a check in a slot already checked corrects it.
	 */
	@Transactional
	public CheckView recordCheck(Actor actor, long screeningId, CheckInput input) {
		requireRole(actor, READERS);
		Screening screening = load(actor, screeningId);
		List<Violation> violations = new ArrayList<>();
		if (screening.getStatus() != ScreeningStatus.UNDER_MEASURE) {
			violations.add(new Violation("status", "validation.notUnderMeasure"));
		}
		BigDecimal temperature = input.temperature();
		if (temperature != null) {
			temperature = temperature.stripTrailingZeros();
			if (temperature.scale() < 0) {
				temperature = temperature.setScale(0);
			}
			if (!ContactRules.isTemperature(temperature)) {
				violations.add(new Violation("temperature", "validation.temperature", ContactRules.MIN_TEMPERATURE,
						ContactRules.MAX_TEMPERATURE));
			}
		}
		else if (!Boolean.TRUE.equals(input.lostContact())) {
			violations.add(new Violation("temperature", "validation.required"));
		}
		if (input.symptoms() != null && input.symptoms().length() > 200) {
			violations.add(new Violation("symptoms", "validation.maxLength", 200));
		}
		Instant now = Instant.now(this.clock);
		Instant at = (input.checkedAt() != null) ? input.checkedAt() : now;
		if (at.isAfter(now.plusSeconds(300))) {
			violations.add(new Violation("checkedAt", "validation.crossedAt.future"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		LocalDateTime local = LocalDateTime.ofInstant(at, this.clock.getZone());
		int slot = this.settings.slotAt(local.toLocalTime());
		DailyCheck check = this.checks.findByScreeningIdAndCheckDateAndSlot(screeningId, local.toLocalDate(), slot)
			.orElseGet(() -> new DailyCheck(screeningId, local.toLocalDate(), slot));
		BigDecimal reading = (temperature != null) ? temperature.setScale(1) : null;
		check.record(at, reading, blankToNull(input.symptoms()), !Boolean.FALSE.equals(input.atHome()),
				Boolean.TRUE.equals(input.lostContact()), actor.username());
		check = this.checks.save(check);
		record(screening, actor.username(), "CHECKED", screening.getStatus(), screening.getStatus(),
				local.toLocalDate() + " #" + (slot + 1) + ((reading != null) ? " " + reading + " °C" : "")
						+ (Boolean.TRUE.equals(input.lostContact()) ? " lost contact" : ""));
		if (reading != null && reading.compareTo(this.feverThreshold) >= 0) {
			this.events.publishEvent(new FeverReported(check.getId(), screeningId, screening.getGridId(), reading, at));
		}
		return check.toView();
	}

	/** R-SCR-2: the release from a measure, approved by a role above the grid worker. */
	@Transactional
	public ScreeningView release(Actor actor, long screeningId, LocalDate on) {
		Screening screening = load(actor, screeningId);
		requireRole(actor, APPROVERS);
		ScreeningStatus before = screening.getStatus();
		LocalDate day = (on != null) ? on : LocalDate.now(this.clock);
		try {
			screening.release(day, actor.username());
		}
		catch (Screening.ObservationNotOverException ex) {
			throw InvalidInputException.of("releasedOn", "validation.release.early", ex.plannedEnd());
		}
		catch (IllegalStateException ex) {
			throw InvalidInputException.of("status", "validation.notUnderMeasure");
		}
		record(screening, actor.username(), "RELEASED", before, screening.getStatus(), day.toString());
		return toView(screening, this.persons.findById(screening.getPersonId()).orElseThrow(), actor);
	}

	/** The grid's check of a handed-down lead. */
	@Transactional
	public ScreeningView checkLead(Actor actor, long screeningId, LeadCheck result) {
		requireRole(actor, READERS);
		Screening screening = load(actor, screeningId);
		ScreeningStatus before = screening.getStatus();
		screening.checkLead(result);
		record(screening, actor.username(), "LEAD_CHECKED", before, screening.getStatus(), result.name());
		return toView(screening, this.persons.findById(screening.getPersonId()).orElseThrow(), actor);
	}

	/** R-GRID-2: names another cadre for this person at one level of the chain. */
	@Transactional
	public void overrideResponsible(Actor actor, long screeningId, NodeKind level, String name, String title,
			String phone) {
		requireRole(actor, APPROVERS);
		load(actor, screeningId);
		if (name == null || name.isBlank() || name.length() > 50) {
			throw InvalidInputException.of("name", "validation.required");
		}
		if (phone != null && !phone.isBlank() && !ContactRules.isMobile(phone)) {
			throw InvalidInputException.of("phone", "validation.phone");
		}
		this.overrides.save(new ResponsibleOverride(screeningId, level, name.strip(), title, blankToNull(phone)));
	}

	/**
	 * Merges a duplicate person (entered before the ID was known) into the survivor:
	 * every screening moves to the survivor, the duplicate is kept but no longer listed,
	 * and the merge is audited.
	 */
	@Transactional
	public void merge(Actor actor, long survivorId, long duplicateId) {
		requireRole(actor, APPROVERS);
		Person survivor = this.persons.findById(survivorId)
			.filter((p) -> this.jurisdictions.covers(actor, p.getGridId()))
			.orElseThrow(() -> new NotFoundException("person", survivorId));
		Person duplicate = this.persons.findById(duplicateId)
			.filter((p) -> this.jurisdictions.covers(actor, p.getGridId()) && p.getMergedInto() == null)
			.orElseThrow(() -> new NotFoundException("person", duplicateId));
		if (survivorId == duplicateId) {
			throw InvalidInputException.of("duplicateId", "validation.invalid");
		}
		for (Screening screening : this.screenings.findByPersonIdOrderByIdDesc(duplicateId)) {
			screening.movePersonTo(survivor.getId());
			record(screening, actor.username(), "MERGED", screening.getStatus(), screening.getStatus(),
					"person " + duplicateId + " -> " + survivorId);
		}
		duplicate.mergeInto(survivor.getId());
		this.audit.record(AuditAction.USER_CHANGED, "person", survivorId, AuditTrail.SUCCESS,
				"merged person " + duplicateId);
	}

	/**
	 * R-GRID-2 and the grid worker's day: the people under a measure today, with their
	 * checks and the overdue.
	 */
	public List<FollowUp> followUpsToday(Actor actor) {
		if (!actor.hasAny(READERS.toArray(Role[]::new))) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalTime now = LocalTime.now(this.clock);
		List<Screening> due = this.screenings.findUnderMeasureOn(this.jurisdictions.scopeIds(actor), today);
		Map<Long, List<DailyCheck>> checksToday = this.checks
			.findByScreeningIdInAndCheckDate(due.stream().map(Screening::getId).toList(), today)
			.stream()
			.collect(Collectors.groupingBy(DailyCheck::getScreeningId));
		Map<Long, Person> people = this.persons.findAllById(due.stream().map(Screening::getPersonId).toList())
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		Map<Long, String> gridNames = new HashMap<>();
		List<FollowUp> followUps = new ArrayList<>();
		for (Screening screening : due) {
			Set<Integer> done = checksToday.getOrDefault(screening.getId(), List.of())
				.stream()
				.map(DailyCheck::getSlot)
				.collect(Collectors.toSet());
			List<SlotState> slots = new ArrayList<>();
			for (int i = 0; i < this.settings.checkTimes().size(); i++) {
				LocalTime time = this.settings.checkTimes().get(i);
				slots.add(slotState(screening, today, now, time, done.contains(i)));
			}
			Person person = people.get(screening.getPersonId());
			followUps.add(new FollowUp(screening.getId(), person.getName(), screening.getGridId(),
					gridNames.computeIfAbsent(screening.getGridId(), this::nodeName), screening.getMeasure(),
					screening.getMeasureEnd(), slots));
		}
		return followUps;
	}

	/**
	 * The state of one check slot today. A slot that passed before the person came under
	 * the measure was never due; one past its time and grace without a check is overdue.
	 */
	private SlotState slotState(Screening screening, LocalDate today, LocalTime now, LocalTime time, boolean done) {
		if (done) {
			return SlotState.DONE;
		}
		boolean beforeMeasure = today.equals(screening.getMeasureStart()) && screening.getCreatedAt() != null
				&& time.isBefore(LocalTime.ofInstant(screening.getCreatedAt(), this.clock.getZone()));
		if (beforeMeasure) {
			return SlotState.NOT_DUE;
		}
		if (now.isAfter(time.plus(this.settings.checkGrace()))) {
			return SlotState.OVERDUE;
		}
		return now.isBefore(time) ? SlotState.LATER : SlotState.DUE;
	}

	/**
	 * The person behind a daily-check fever, for the medics. Not scoped: the caller
	 * checks.
	 */
	public Optional<Subject> subjectOfCheck(long checkId) {
		return this.checks.findById(checkId)
			.flatMap((check) -> this.screenings.findById(check.getScreeningId()))
			.flatMap((screening) -> this.persons.findById(screening.getPersonId())
				.map((person) -> new Subject(screening.getId(), person.getName(),
						this.protection.decrypt(person.getIdNumberEnc()), this.protection.decrypt(person.getPhoneEnc()),
						nodeName(screening.getGridId()))));
	}

	/**
	 * The cadres responsible for a screened person, from the household (or grid) upwards,
	 * with overrides.
	 */
	List<ResponsibleView> responsibleFor(Screening screening, Person person, Actor actor) {
		long node = (person.getHouseholdId() != null) ? person.getHouseholdId() : screening.getGridId();
		Map<NodeKind, ResponsibleOverride> overridden = (screening.getId() != null)
				? this.overrides.findByScreeningId(screening.getId())
					.stream()
					.collect(Collectors.toMap(ResponsibleOverride::getLevel, Function.identity()))
				: Map.of();
		List<ResponsibleView> chain = new ArrayList<>();
		for (ResponsibilityLink link : this.jurisdictions.responsibilityChain(node)) {
			ResponsibleOverride override = overridden.get(link.level());
			String name = (override != null) ? override.getName() : link.responsible().name();
			String title = (override != null) ? override.getTitle() : link.responsible().title();
			String phone = (override != null) ? override.getPhone() : link.responsible().phone();
			chain.add(new ResponsibleView(link.level(), link.nodeName(), name, title, Masking.phoneFor(actor, phone),
					override != null));
		}
		return chain;
	}

	// --- shared with the ledger and the workbook
	// -----------------------------------------------------------

	ScreeningView toView(Screening screening, Person person, Actor actor) {
		String idNumber = this.protection.decrypt(person.getIdNumberEnc());
		String phone = this.protection.decrypt(person.getPhoneEnc());
		boolean full = actor.seesFullIdentifiers();
		Trip trip = screening.trip();
		return new ScreeningView(screening.getId(), person.getId(), person.getName(), person.getSex(),
				person.getIdType(), (idNumber != null) ? Masking.idNumber(idNumber) : null, full ? idNumber : null,
				full ? phone : Masking.phone(phone), person.getCurrentAddress(), person.getHouseholdAddress(),
				new NodeRef(screening.getGridId(), nodeName(screening.getGridId()), nodeCode(screening.getGridId())),
				screening.getLeadSource(), screening.getLeadCheck(), trip, screening.getMeasure(),
				screening.getMeasureStart(), screening.getMeasureEnd(), screening.getStatus(),
				screening.getReleasedOn(), screening.getReleasedBy(), responsibleFor(screening, person, actor),
				screening.getVersion());
	}

	Screening load(Actor actor, long id) {
		return this.screenings.findById(id)
			.filter((s) -> this.jurisdictions.covers(actor, s.getGridId()))
			.orElseThrow(() -> new NotFoundException("screening", id));
	}

	static void requireRole(Actor actor, Set<Role> roles) {
		if (!actor.hasAny(roles.toArray(Role[]::new))) {
			throw new ForbiddenException(actor.username() + " may not do this in screening");
		}
	}

	/**
	 * Validates a reported screening field by field (SECURITY.md IN1, IN2, AC1 for the
	 * grid).
	 */
	Valid validate(Actor actor, NewScreening input) {
		List<Violation> violations = new ArrayList<>();
		String name = FieldRules.text(input.name(), "name", 50, true, violations);
		String sex = null;
		if (input.sex() != null && !input.sex().isBlank()) {
			sex = switch (input.sex().strip().toUpperCase(Locale.ROOT)) {
				case "M", "男", "MALE" -> "M";
				case "F", "女", "FEMALE" -> "F";
				default -> {
					violations.add(new Violation("sex", "validation.invalid"));
					yield null;
				}
			};
		}
		IdType idType = FieldRules.oneOf(IdType.class, "idType", input.idType(), false, violations);
		String idNumber = IdType.normalise(input.idNumber());
		if (idNumber != null && idNumber.isEmpty()) {
			idNumber = null;
		}
		if (idNumber != null) {
			IdType type = (idType != null) ? idType : IdType.RESIDENT_ID;
			idType = type;
			if (!type.accepts(idNumber)) {
				violations.add(new Violation("idNumber",
						(type == IdType.RESIDENT_ID) ? "validation.idNumber.resident" : "validation.idNumber"));
			}
			else if (type == IdType.RESIDENT_ID && sex == null) {
				sex = ResidentIdNumber.sex(idNumber);
			}
		}
		String phone = (input.phone() != null) ? input.phone().replaceAll("[\\s-]", "") : null;
		if (phone != null && phone.isEmpty()) {
			phone = null;
		}
		if (phone != null && !ContactRules.isMobile(phone)) {
			violations.add(new Violation("phone", "validation.phone"));
		}
		FieldRules.text(input.householdAddress(), "householdAddress", 200, false, violations);
		FieldRules.text(input.currentAddress(), "currentAddress", 200, false, violations);
		Long node = input.gridId();
		if (node == null) {
			violations.add(new Violation("gridId", "validation.required"));
		}
		else if (this.jurisdictions.find(node)
			.map((n) -> !(n.isGrid() || n.kind() == NodeKind.GROUP || n.kind() == NodeKind.BUILDING
					|| n.kind() == NodeKind.HOUSEHOLD))
			.orElse(true)) {
			violations.add(new Violation("gridId", "validation.grid"));
		}
		else if (!this.jurisdictions.covers(actor, node)) {
			// UP4, AC1: nobody reports into a grid outside their jurisdiction.
			violations.add(new Violation("gridId", "validation.gridOutOfScope"));
		}
		LeadSource source = FieldRules.oneOf(LeadSource.class, "leadSource", input.leadSource(), false, violations);
		OriginClass origin = FieldRules.oneOf(OriginClass.class, "originClass", input.originClass(), true, violations);
		String originPlace = FieldRules.text(input.originPlace(), "originPlace", 100, false, violations);
		TravelMode mode = FieldRules.oneOf(TravelMode.class, "transportMode", input.transportMode(), false, violations);
		String number = FieldRules.text(input.transportNumber(), "transportNumber", 30, false, violations);
		String stopovers = FieldRules.text(input.stopovers(), "stopovers", 200, false, violations);
		String companions = FieldRules.text(input.companions(), "companions", 200, false, violations);
		String exposure = FieldRules.text(input.exposure(), "exposure", 500, false, violations);
		String health = FieldRules.text(input.healthNote(), "healthNote", 500, false, violations);
		String note = FieldRules.text(input.note(), "note", 500, false, violations);
		Measure measure = FieldRules.oneOf(Measure.class, "measure", input.measure(), false, violations);
		LocalDate today = LocalDate.now(this.clock);
		if (input.arrivalDate() != null && input.arrivalDate().isAfter(today)) {
			violations.add(new Violation("arrivalDate", "validation.crossedAt.future"));
		}
		if (input.departureDate() != null && input.arrivalDate() != null
				&& input.departureDate().isAfter(input.arrivalDate())) {
			violations.add(new Violation("departureDate", "validation.departure"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Measure decided = (measure != null) ? measure : this.settings.measureFor(origin);
		LocalDate start = (input.measureStart() != null) ? input.measureStart()
				: (input.arrivalDate() != null) ? input.arrivalDate() : today;
		return new Valid(name, sex, idType, idNumber, phone, node, (source != null) ? source : LeadSource.GRID_FOUND,
				new Trip(origin, originPlace, input.departureDate(), input.arrivalDate(), mode, number, stopovers,
						companions, exposure, health, note),
				decided, start);
	}

	Person findOrCreatePerson(IdType idType, String idNumber, String name, String phone, String sex,
			String currentAddress, String householdAddress, Placement place) {
		Instant now = Instant.now(this.clock);
		Person person = (idNumber != null)
				? this.persons.findByIdTypeAndIdNumberHash(idType, this.protection.lookupHash(idNumber)).orElse(null)
				: null;
		if (person == null) {
			person = new Person(name, place.gridId(), place.householdId(), now);
			if (idNumber != null) {
				boolean resident = idType == IdType.RESIDENT_ID;
				person.identify(idType, this.protection.encrypt(idNumber), this.protection.lookupHash(idNumber),
						resident ? ResidentIdNumber.sex(idNumber) : sex,
						resident ? ResidentIdNumber.birthDate(idNumber) : null);
			}
		}
		person.update(name, sex, this.protection.encrypt(phone), currentAddress, householdAddress, place.gridId(),
				place.householdId());
		return this.persons.save(person);
	}

	/**
	 * The grid (village or community) of a node, and the household if the node is one.
	 */
	Placement placement(long nodeId) {
		List<JurisdictionView> path = this.jurisdictions.breadcrumbsUnscoped(nodeId);
		JurisdictionView node = path.get(path.size() - 1);
		long grid = path.stream()
			.filter(JurisdictionView::isGrid)
			.reduce((first, second) -> second)
			.map(JurisdictionView::id)
			.orElse(nodeId);
		return new Placement(grid, (node.kind() == NodeKind.HOUSEHOLD) ? node.id() : null);
	}

	void record(Screening screening, String actor, String action, ScreeningStatus from, ScreeningStatus to,
			String detail) {
		this.history
			.save(new ScreeningHistory(screening.getId(), Instant.now(this.clock), actor, action, from, to, detail));
	}

	String nodeName(long id) {
		return this.jurisdictions.find(id).map(JurisdictionView::name).orElse("?");
	}

	String nodeCode(long id) {
		return this.jurisdictions.find(id).map(JurisdictionView::code).orElse("?");
	}

	ScreeningSettings settings() {
		return this.settings;
	}

	private ScreeningView latest(Person person, Actor actor) {
		Screening screening = this.screenings.findByPersonIdOrderByIdDesc(person.getId())
			.stream()
			.findFirst()
			.orElse(null);
		if (screening == null) {
			Screening none = new Screening(person.getId(), person.getGridId(), LeadSource.GRID_FOUND, null,
					new Trip(OriginClass.LOCAL, null, null, null, null, null, null, null, null, null, null), null,
					null);
			return toView(none, person, actor);
		}
		return toView(screening, person, actor);
	}

	private boolean canRelease(Actor actor, ScreeningView view) {
		return actor.hasAny(APPROVERS.toArray(Role[]::new)) && view.status() == ScreeningStatus.UNDER_MEASURE
				&& !LocalDate.now(this.clock).isBefore(view.measureEnd());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** A checked report: what {@link #validate} hands on. */
	record Valid(String name, String sex, IdType idType, String idNumber, String phone, long nodeId,
			LeadSource leadSource, Trip trip, Measure measure, LocalDate measureStart) {

	}

	/** Where a person lives: their grid and, if known, their household. */
	record Placement(long gridId, Long householdId) {

	}

	/** A node named in a view. */
	public record NodeRef(long id, String name, String code) {

	}

	/**
	 * A screening as a user may see it. {@code idNumber} is the full number for roles
	 * that need it and null for others, who see {@code idNumberMasked}; {@code phone} is
	 * masked for them (SECURITY.md AC5).
	 */
	public record ScreeningView(long id, long personId, String name, String sex, IdType idType, String idNumberMasked,
			String idNumber, String phone, String currentAddress, String householdAddress, NodeRef grid,
			LeadSource leadSource, LeadCheck leadCheck, Trip trip, Measure measure, LocalDate measureStart,
			LocalDate measureEnd, ScreeningStatus status, LocalDate releasedOn, String releasedBy,
			List<ResponsibleView> responsible, long version) {

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

	/** A daily check. {@code slot} counts from 0 (the first check time of the day). */
	public record CheckView(long id, LocalDate checkDate, int slot, Instant checkedAt, BigDecimal temperature,
			String symptoms, boolean atHome, boolean lostContact, String checkedBy) {

	}

	/** One line of a screening's history. */
	public record HistoryView(Instant occurredAt, String actor, String action, ScreeningStatus fromStatus,
			ScreeningStatus toStatus, String detail) {

	}

	/** A screening in full, for its page. */
	public record Detail(ScreeningView screening, List<CheckView> checks, List<HistoryView> history, boolean canRelease,
			boolean canOverride, List<LocalTime> checkTimes) {

	}

	/** The state of one check slot today. */
	public enum SlotState {

		DONE, DUE, LATER, OVERDUE, NOT_DUE

	}

	/** A person to follow up today, with the state of each check slot. */
	public record FollowUp(long screeningId, String name, long gridId, String gridName, Measure measure,
			LocalDate measureEnd, List<SlotState> slots) {

		public boolean overdue() {
			return this.slots.contains(SlotState.OVERDUE);
		}

	}

	/** The person behind a daily-check fever. */
	public record Subject(long screeningId, String name, String idNumber, String phone, String gridName) {

	}

}
