package org.fangkong.roster;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.FieldRules;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.IdType;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.Masking;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.PersonalDataProtection;
import org.fangkong.shared.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff pool (issue #11 item 2): everyone who can be rostered, with grade, unit,
 * skills, echelon, an optional user account and times they are unavailable. Commanders
 * and the HQ staff plan; they see the people of their jurisdiction, anything else is not
 * found.
 */
@Service
@Transactional(readOnly = true)
public class StaffPool {

	private final StaffRepository staff;

	private final UnavailabilityRepository unavailability;

	private final Jurisdictions jurisdictions;

	private final Checkpoints checkpoints;

	private final PersonalDataProtection protection;

	private final Clock clock;

	StaffPool(StaffRepository staff, UnavailabilityRepository unavailability, Jurisdictions jurisdictions,
			Checkpoints checkpoints, PersonalDataProtection protection, Clock clock) {
		this.protection = protection;
		this.staff = staff;
		this.unavailability = unavailability;
		this.jurisdictions = jurisdictions;
		this.checkpoints = checkpoints;
		this.clock = clock;
	}

	/** The people of the actor's jurisdiction, optionally only one checkpoint's. */
	public List<StaffView> list(Actor actor, Long checkpointId) {
		requirePlanner(actor);
		if (checkpointId != null) {
			this.checkpoints.get(actor, checkpointId);
			return this.staff.findByCheckpoint(checkpointId).stream().map(PoolMember::toView).toList();
		}
		return this.staff.findInScope(this.jurisdictions.scopePath(actor)).stream().map(PoolMember::toView).toList();
	}

	/** One person of the pool with their unavailability; outside the scope 404. */
	public StaffDetail get(Actor actor, long id) {
		PoolMember member = load(actor, id);
		return new StaffDetail(member.toView(),
				this.unavailability.findByStaffIdOrderByFromAt(id).stream().map(Unavailability::toView).toList());
	}

	/** The names of people by id, without a scope check: labels of ids already held. */
	public java.util.Map<Long, String> namesOf(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		return this.staff.findByIdIn(ids)
			.stream()
			.collect(java.util.stream.Collectors.toMap(PoolMember::getId, (m) -> m.toView().name()));
	}

	/** Whether the pool of a jurisdiction node has anyone yet. */
	public boolean hasPool(long jurisdictionId) {
		return this.staff.existsByJurisdictionId(jurisdictionId);
	}

	/** A planner adds a person to the pool inside their jurisdiction. */
	@Transactional
	public StaffView add(Actor actor, NewStaff request) {
		requirePlanner(actor);
		List<Violation> violations = new ArrayList<>();
		NewStaff checked = checked(actor, request, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return save(checked).toView();
	}

	/** Adds a person checked by {@link #checked} (the pool's import). */
	@Transactional
	StaffView addChecked(NewStaff checked) {
		return save(checked).toView();
	}

	/**
	 * Checks a person to add as the form does, adding what is wrong to {@code violations}
	 * (it throws nothing, so an import goes on with the next row); the person as they
	 * would be stored.
	 */
	NewStaff checked(Actor actor, NewStaff request, List<Violation> violations) {
		String name = FieldRules.text(request.name(), "name", 50, true, violations);
		FieldRules.text(request.unit(), "unit", 100, false, violations);
		if (request.grade() == null) {
			violations.add(new Violation("grade", "validation.required"));
		}
		String idNumber = IdType.normalise(request.idNumber());
		if (idNumber != null && idNumber.isEmpty()) {
			idNumber = null;
		}
		if (idNumber != null && !IdType.RESIDENT_ID.accepts(idNumber, LocalDate.now(this.clock))) {
			violations.add(new Violation("idNumber", "validation.idNumber"));
		}
		if (request.echelon() != null && (request.echelon() < 1 || request.echelon() > 2)) {
			violations.add(new Violation("echelon", "validation.range", 1, 2));
		}
		long node = actor.jurisdictionId();
		if (request.checkpointId() != null) {
			CheckpointView checkpoint = this.checkpoints.find(request.checkpointId()).orElse(null);
			if (checkpoint == null || !this.jurisdictions.covers(actor, checkpoint.jurisdictionId())) {
				violations.add(new Violation("checkpointId", "validation.unknown"));
			}
			else {
				node = checkpoint.jurisdictionId();
			}
		}
		return new NewStaff(name, request.grade(), request.unit(), request.skills(), request.echelon(),
				request.userId(), request.checkpointId(), node, idNumber);
	}

	/**
	 * A planner records a person's preferences (a soft rule of the solver): no night
	 * shifts, days of the week off.
	 */
	@Transactional
	public StaffView prefer(Actor actor, long staffId, Preferences preferences) {
		PoolMember member = load(actor, staffId);
		member.prefer(preferences.noNights(), (preferences.daysOff() != null) ? preferences.daysOff() : Set.of());
		return member.toView();
	}

	/** A planner records that a person cannot be rostered from one time until another. */
	@Transactional
	public UnavailabilityView markUnavailable(Actor actor, long staffId, NewUnavailability request) {
		load(actor, staffId);
		List<Violation> violations = new ArrayList<>();
		if (request.from() == null) {
			violations.add(new Violation("from", "validation.required"));
		}
		if (request.until() == null) {
			violations.add(new Violation("until", "validation.required"));
		}
		if (request.from() != null && request.until() != null && !request.until().isAfter(request.from())) {
			violations.add(new Violation("until", "validation.window"));
		}
		String reason = FieldRules.text(request.reason(), "reason", 20, false, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return this.unavailability
			.save(new Unavailability(staffId, request.from(), request.until(), (reason != null) ? reason : "LEAVE",
					actor.username(), Instant.now(this.clock)))
			.toView();
	}

	/** Adds people without an actor: the demo data, through {@link RosterSeeding}. */
	@Transactional
	List<StaffView> addAll(List<NewStaff> people) {
		java.util.Map<Long, String> paths = new java.util.HashMap<>();
		Instant now = Instant.now(this.clock);
		List<PoolMember> members = people.stream()
			.map((person) -> member(person, paths.computeIfAbsent(person.jurisdictionId(), this.jurisdictions::pathOf),
					now))
			.toList();
		return this.staff.saveAll(members).stream().map(PoolMember::toView).toList();
	}

	private PoolMember save(NewStaff person) {
		return this.staff
			.save(member(person, this.jurisdictions.pathOf(person.jurisdictionId()), Instant.now(this.clock)));
	}

	private PoolMember member(NewStaff person, String path, Instant now) {
		Set<Skill> skills = person.grade().impliedSkills();
		skills.addAll(person.skills());
		PoolMember member = new PoolMember(person, skills, path, now);
		if (person.idNumber() != null) {
			member.identify(this.protection.encrypt(person.idNumber()), this.protection.lookupHash(person.idNumber()),
					Masking.idNumber(person.idNumber()));
		}
		return member;
	}

	private PoolMember load(Actor actor, long id) {
		requirePlanner(actor);
		PoolMember member = this.staff.findById(id).orElseThrow(() -> new NotFoundException("staff", id));
		if (!member.getJurisdictionPath().startsWith(this.jurisdictions.scopePath(actor))) {
			throw new NotFoundException("staff", id);
		}
		return member;
	}

	static void requirePlanner(Actor actor) {
		if (!actor.hasAny(Role.COMMANDER, Role.HQ_STAFF)) {
			throw new ForbiddenException(actor.username() + " may not plan duty rosters");
		}
	}

	/**
	 * A person to add. Without {@code checkpointId} they serve the key checkpoints of
	 * {@code jurisdictionId} (the planner's node when added by a planner).
	 */
	public record NewStaff(String name, Grade grade, String unit, Set<Skill> skills, Integer echelon, Long userId,
			Long checkpointId, long jurisdictionId, String idNumber) {

		public NewStaff {
			skills = (skills == null || skills.isEmpty()) ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(skills);
		}

		/** A person without an ID number. */
		public NewStaff(String name, Grade grade, String unit, Set<Skill> skills, Integer echelon, Long userId,
				Long checkpointId, long jurisdictionId) {
			this(name, grade, unit, skills, echelon, userId, checkpointId, jurisdictionId, null);
		}

	}

	/** A person of the pool. */
	public record StaffView(long id, String name, Grade grade, String unit, Set<Skill> skills, Integer echelon,
			Long userId, Long checkpointId, long jurisdictionId, String idNumberMasked, boolean noNights,
			Set<java.time.DayOfWeek> daysOff) {

	}

	/** What a person prefers: no night shifts, days of the week off. */
	public record Preferences(boolean noNights, Set<java.time.DayOfWeek> daysOff) {

	}

	/** A person with the times they are unavailable. */
	public record StaffDetail(StaffView staff, List<UnavailabilityView> unavailable) {

	}

	/** A time to mark unavailable. */
	public record NewUnavailability(Instant from, Instant until, String reason) {

	}

	/** A time a person is unavailable. */
	public record UnavailabilityView(long id, long staffId, Instant from, Instant until, String reason) {

	}

}
