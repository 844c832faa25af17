package org.fangkong.volunteer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.Masking;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.PersonalDataProtection;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reserve (issue #15 item 1, R-VOL-1/2): volunteers with unit, birth date (their
 * echelon computed on every read), skills, medical echelon, daily window, phone and ID
 * number (encrypted, masked in lists; in full only to the roles that need it, audited),
 * an optional user account. The HQ (commanders, HQ staff) and townships keep it inside
 * their jurisdiction; out of scope is 404.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(VolunteerSettings.class)
public class Volunteers {

	static final int PAGE_SIZE = 50;

	private final VolunteerRepository volunteers;

	private final Jurisdictions jurisdictions;

	private final PersonalDataProtection protection;

	private final AuditTrail audit;

	private final EchelonRule echelons;

	private final Clock clock;

	Volunteers(VolunteerRepository volunteers, Jurisdictions jurisdictions, PersonalDataProtection protection,
			AuditTrail audit, VolunteerSettings settings, Clock clock) {
		this.volunteers = volunteers;
		this.jurisdictions = jurisdictions;
		this.protection = protection;
		this.audit = audit;
		this.echelons = settings.rule();
		this.clock = clock;
	}

	/** The echelon rule in force (the configured age bands). */
	public EchelonRule echelons() {
		return this.echelons;
	}

	/**
	 * A page of the volunteers in the actor's jurisdiction, optionally of one echelon
	 * (today's ages), by name; phones masked.
	 */
	public VolunteerPage list(Actor actor, Integer echelon, int page) {
		VolunteerAccess.requireDispatcher(actor);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate from = LocalDate.of(1900, 1, 1);
		LocalDate until = today;
		if (echelon != null) {
			if (echelon < 1 || echelon > this.echelons.echelons()) {
				throw InvalidInputException.of("echelon", "validation.range", 1, this.echelons.echelons());
			}
			LocalDate[] bounds = this.echelons.birthDates(echelon, today);
			from = (bounds[0] != null) ? bounds[0] : from;
			until = bounds[1];
		}
		int number = Math.max(0, page);
		List<Volunteer> rows = this.volunteers.findInScope(this.jurisdictions.scopePath(actor), from, until,
				PageRequest.of(number, PAGE_SIZE + 1));
		boolean hasNext = rows.size() > PAGE_SIZE;
		List<VolunteerView> views = rows.stream().limit(PAGE_SIZE).map((v) -> view(v, today, false)).toList();
		return new VolunteerPage(views, number, hasNext, hasNext ? String.valueOf(number + 1) : null);
	}

	/**
	 * One volunteer; the phone and ID number in full for the roles that need them (the
	 * read audited), masked otherwise. Outside the scope 404.
	 */
	public VolunteerView get(Actor actor, long id) {
		Volunteer volunteer = load(actor, id);
		boolean full = actor.seesFullIdentifiers();
		if (full) {
			this.audit.record(AuditAction.READ_FULL_RECORD, "volunteer", id, AuditTrail.SUCCESS, null);
		}
		return view(volunteer, LocalDate.now(this.clock), full);
	}

	/** The caller's own record (the phone masked), or 404 when they have none. */
	public VolunteerView me(Actor actor) {
		return this.volunteers.findByUserId(actor.userId())
			.map((v) -> view(v, LocalDate.now(this.clock), false))
			.orElseThrow(() -> new NotFoundException("volunteer of user", actor.userId()));
	}

	/** The id of the caller's own record, if they have one. */
	public java.util.Optional<Long> myId(Actor actor) {
		return this.volunteers.findByUserId(actor.userId()).map(Volunteer::getId);
	}

	/** A dispatcher registers a volunteer inside their jurisdiction. */
	@Transactional
	public VolunteerView add(Actor actor, NewVolunteer input) {
		VolunteerAccess.requireDispatcher(actor);
		VolunteerRules.Valid valid = validate(actor, input);
		return view(save(valid, false), LocalDate.now(this.clock), false);
	}

	/**
	 * A dispatcher revises a volunteer of their jurisdiction (the edit form, the API):
	 * every field as on the form, the same rules as a new record; without
	 * {@code jurisdictionId} the volunteer stays where they are. The account link stays.
	 */
	@Transactional
	public VolunteerView update(Actor actor, long id, NewVolunteer input) {
		Volunteer volunteer = load(actor, id);
		VolunteerRules.Valid valid = validate(actor,
				new NewVolunteer(input.name(), input.unit(), input.birthDate(), input.skills(), input.medicalEchelon(),
						input.phone(), input.idNumber(), input.availableFrom(), input.availableUntil(), null,
						(input.jurisdictionId() != null) ? input.jurisdictionId() : volunteer.getJurisdictionId()));
		volunteer.revise(valid, protect(valid), this.jurisdictions.pathOf(valid.jurisdictionId()));
		return view(volunteer, LocalDate.now(this.clock), false);
	}

	/**
	 * The volunteers under a node of the actor's jurisdiction and the ones named by id
	 * (inside the jurisdiction), by name: whom a team there may take in. A node outside
	 * the jurisdiction is 404.
	 */
	public List<VolunteerChoice> under(Actor actor, long nodeId, Collection<Long> also) {
		VolunteerAccess.requireDispatcher(actor);
		if (!this.jurisdictions.covers(actor, nodeId)) {
			throw new NotFoundException("jurisdiction", nodeId);
		}
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, Volunteer> people = new java.util.LinkedHashMap<>();
		this.volunteers.findAllInScope(this.jurisdictions.pathOf(nodeId)).forEach((v) -> people.put(v.getId(), v));
		inScope(actor, also).forEach(people::putIfAbsent);
		return people.values()
			.stream()
			.map((v) -> new VolunteerChoice(v.getId(), v.getName(), v.getUnit(),
					this.echelons.echelonOf(v.getBirthDate(), today)))
			.sorted(java.util.Comparator.comparing(VolunteerChoice::name).thenComparing(VolunteerChoice::id))
			.toList();
	}

	/**
	 * The rules and the scope of a record to add, without saving it (the import's dry
	 * run).
	 */
	VolunteerRules.Valid validate(Actor actor, NewVolunteer input) {
		LocalDate today = LocalDate.now(this.clock);
		VolunteerRules.Valid valid;
		List<InvalidInputException.Violation> violations = new ArrayList<>();
		try {
			valid = VolunteerRules.check(input, today, this.echelons);
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.violations());
			valid = null;
		}
		long node = actor.jurisdictionId();
		if (input.jurisdictionId() != null) {
			if (!this.jurisdictions.covers(actor, input.jurisdictionId())) {
				violations.add(new InvalidInputException.Violation("jurisdictionId", "validation.unknown"));
			}
			node = input.jurisdictionId();
		}
		if (input.userId() != null && this.volunteers.findByUserId(input.userId()).isPresent()) {
			violations.add(new InvalidInputException.Violation("userId", "volunteer.validation.userTaken"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new VolunteerRules.Valid(valid.name(), valid.unit(), valid.birthDate(), valid.skills(),
				valid.medicalEchelon(), valid.phone(), valid.idNumber(), valid.availableFrom(), valid.availableUntil(),
				valid.userId(), node);
	}

	@Transactional
	Volunteer save(VolunteerRules.Valid valid, boolean demo) {
		return this.volunteers.save(new Volunteer(valid, protect(valid),
				this.jurisdictions.pathOf(valid.jurisdictionId()), demo, Instant.now(this.clock)));
	}

	/**
	 * Adds volunteers without an actor: the demo data, through {@link VolunteerSeeding}.
	 */
	@Transactional
	int addAll(List<NewVolunteer> people, boolean demo) {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, String> paths = new java.util.HashMap<>();
		Instant now = Instant.now(this.clock);
		List<Volunteer> rows = people.stream().map((p) -> {
			VolunteerRules.Valid valid = VolunteerRules.check(p, today, this.echelons);
			return new Volunteer(valid, protect(valid),
					paths.computeIfAbsent(valid.jurisdictionId(), this.jurisdictions::pathOf), demo, now);
		}).toList();
		return this.volunteers.saveAll(rows).size();
	}

	/** Whether anyone of the reserve belongs to a node or below it. */
	public boolean hasReserve(long jurisdictionId) {
		return this.volunteers.existsByJurisdictionPathStartingWith(this.jurisdictions.pathOf(jurisdictionId));
	}

	/** Every volunteer of the actor's jurisdiction (the export, the board), by name. */
	List<Volunteer> allInScope(Actor actor) {
		VolunteerAccess.requireDispatcher(actor);
		return this.volunteers.findAllInScope(this.jurisdictions.scopePath(actor));
	}

	/** Volunteers by id inside the actor's jurisdiction; an id outside it is left out. */
	Map<Long, Volunteer> inScope(Actor actor, Collection<Long> ids) {
		String scope = this.jurisdictions.scopePath(actor);
		return this.volunteers.findByIdIn(ids)
			.stream()
			.filter((v) -> v.getJurisdictionPath().startsWith(scope))
			.collect(Collectors.toMap(Volunteer::getId, Function.identity()));
	}

	/**
	 * The names of volunteers by id, without a scope check: labels of ids already held.
	 */
	public Map<Long, String> namesOf(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.volunteers.findByIdIn(ids).stream().collect(Collectors.toMap(Volunteer::getId, Volunteer::getName));
	}

	Volunteer load(Actor actor, long id) {
		VolunteerAccess.requireDispatcher(actor);
		Volunteer volunteer = this.volunteers.findById(id).orElseThrow(() -> new NotFoundException("volunteer", id));
		if (!volunteer.getJurisdictionPath().startsWith(this.jurisdictions.scopePath(actor))) {
			throw new NotFoundException("volunteer", id);
		}
		return volunteer;
	}

	VolunteerView view(Volunteer v, LocalDate today, boolean full) {
		String phone = this.protection.decrypt(v.getPhoneEnc());
		String idNumber = this.protection.decrypt(v.getIdNumberEnc());
		return new VolunteerView(v.getId(), v.getName(), v.getUnit(), v.getBirthDate(),
				this.echelons.echelonOf(v.getBirthDate(), today), v.getMedicalEchelon(), v.skillSet(),
				full ? phone : Masking.phone(phone), full ? idNumber : Masking.idNumber(idNumber), v.getAvailableFrom(),
				v.getAvailableUntil(), v.getUserId(), v.getJurisdictionId(), v.isDemo());
	}

	private Volunteer.Protected protect(VolunteerRules.Valid valid) {
		return new Volunteer.Protected(this.protection.encrypt(valid.phone()),
				this.protection.lookupHash(valid.phone()), this.protection.encrypt(valid.idNumber()),
				this.protection.lookupHash(valid.idNumber()));
	}

	/**
	 * A volunteer as the caller may see them: {@code echelon} from today's age,
	 * {@code phone} and {@code idNumber} masked unless the caller needs them in full.
	 */
	public record VolunteerView(long id, String name, String unit, LocalDate birthDate, int echelon,
			Integer medicalEchelon, Set<VolunteerSkill> skills, String phone, String idNumber, LocalTime availableFrom,
			LocalTime availableUntil, Long userId, long jurisdictionId, boolean demo) {

	}

	/** A volunteer to choose on a form: name, unit and today's echelon. */
	public record VolunteerChoice(long id, String name, String unit, int echelon) {

	}

	/**
	 * A page of volunteers; {@code next} the following page's number when there is one.
	 */
	public record VolunteerPage(List<VolunteerView> items, int page, boolean hasNext, String next) {

	}

}
