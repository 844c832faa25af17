package org.fangkong.roster;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fangkong.audit.AuditTrail;
import org.fangkong.checkpoint.CrewDutyFeed;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;
import org.fangkong.shared.UnprocessableRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Swaps of two shifts of a published roster between their two people (issue #11 item 5).
 * A planner, or one of the two people from "my shifts", requests one; a commander
 * approves it (after {@link ShiftRules}: each takes the other's seat with its skill, not
 * two shifts at once, with the minimum rest, not while unavailable) or refuses it. On
 * approval the two seats change hands and so do the crew duties fed for them.
 */
@Service
@Transactional(readOnly = true)
public class RosterSwaps {

	private final Rosters rosters;

	private final RosterRepository rosterRows;

	private final RosterAssignmentRepository assignments;

	private final RosterSwapRepository swaps;

	private final StaffRepository staff;

	private final UnavailabilityRepository unavailability;

	private final CrewDutyFeed feed;

	private final RosterSettings settings;

	private final AuditTrail audit;

	private final ScreeningAvailability screening;

	private final org.fangkong.checkpoint.Checkpoints checkpoints;

	private final Clock clock;

	RosterSwaps(Rosters rosters, RosterRepository rosterRows, RosterAssignmentRepository assignments,
			RosterSwapRepository swaps, StaffRepository staff, UnavailabilityRepository unavailability,
			CrewDutyFeed feed, RosterSettings settings, AuditTrail audit, ScreeningAvailability screening,
			org.fangkong.checkpoint.Checkpoints checkpoints, Clock clock) {
		this.screening = screening;
		this.checkpoints = checkpoints;
		this.rosters = rosters;
		this.rosterRows = rosterRows;
		this.assignments = assignments;
		this.swaps = swaps;
		this.staff = staff;
		this.unavailability = unavailability;
		this.feed = feed;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/** The swaps of a roster, newest first (planners). */
	public List<SwapView> list(Actor actor, long rosterId) {
		this.rosters.load(actor, rosterId);
		return this.swaps.findByRoster(rosterId).stream().map(RosterSwap::toView).toList();
	}

	/**
	 * Requests a swap of two shifts of a published roster that have not started: a
	 * planner over the roster, or the person of one of the two shifts (by their user
	 * account); others 403, a roster they may not see 404.
	 */
	@Transactional
	public SwapView request(Actor actor, long rosterId, long assignmentId, long otherAssignmentId) {
		Roster roster = access(actor, rosterId, assignmentId, otherAssignmentId);
		if (roster.getStatus() != RosterStatus.PUBLISHED) {
			throw new UnprocessableRequestException("roster " + rosterId + " is not published", "roster.notPublished");
		}
		RosterAssignment one = assignment(rosterId, assignmentId, "assignmentId");
		RosterAssignment other = assignment(rosterId, otherAssignmentId, "otherAssignmentId");
		Instant now = Instant.now(this.clock);
		if (one.getId().equals(other.getId()) || one.getStaffId() == null || other.getStaffId() == null
				|| one.getStaffId().equals(other.getStaffId())) {
			throw InvalidInputException.of("otherAssignmentId", "validation.roster.swapSame");
		}
		if (!one.getShiftStart().isAfter(now) || !other.getShiftStart().isAfter(now)) {
			throw InvalidInputException.of("assignmentId", "validation.roster.swapStarted");
		}
		if (this.swaps.pendingFor(List.of(one.getId(), other.getId()))) {
			throw new UnprocessableRequestException("a swap of these shifts is waiting", "roster.swapPending");
		}
		RosterSwap swap = this.swaps.save(new RosterSwap(rosterId, one, other, actor.username(), now));
		this.audit.record(RosterAudit.ROSTER_SWAP_REQUESTED, "roster-swap", swap.getId(), AuditTrail.SUCCESS,
				"roster=" + rosterId + " assignments=" + one.getId() + "," + other.getId());
		return swap.toView();
	}

	/**
	 * A commander approves a waiting swap: refused with the broken rules (400, nothing
	 * changed) when either person may not take the other's shift; otherwise the two
	 * exchange their seats and crew duties.
	 */
	@Transactional
	public SwapView approve(Actor actor, long rosterId, long swapId) {
		RosterSwap swap = waiting(actor, rosterId, swapId);
		Roster roster = this.rosterRows.findById(rosterId).orElseThrow();
		if (roster.getStatus() != RosterStatus.PUBLISHED) {
			throw new UnprocessableRequestException("roster " + rosterId + " is being re-planned", "roster.locked");
		}
		RosterAssignment one = this.assignments.findById(swap.getAssignmentId()).orElseThrow();
		RosterAssignment other = this.assignments.findById(swap.getOtherAssignmentId()).orElseThrow();
		Instant now = Instant.now(this.clock);
		if (!Objects.equals(one.getStaffId(), swap.getStaffId())
				|| !Objects.equals(other.getStaffId(), swap.getOtherStaffId())) {
			throw new UnprocessableRequestException("swap " + swapId + " is out of date", "roster.swapStale");
		}
		if (!one.getShiftStart().isAfter(now) || !other.getShiftStart().isAfter(now)) {
			throw InvalidInputException.of("swapId", "validation.roster.swapStarted");
		}
		PoolMember first = this.staff.findById(swap.getStaffId()).orElseThrow();
		PoolMember second = this.staff.findById(swap.getOtherStaffId()).orElseThrow();
		List<Violation> broken = new ArrayList<>();
		broken(first, one, other, broken);
		broken(second, other, one, broken);
		if (!broken.isEmpty()) {
			throw new InvalidInputException(broken);
		}
		String source = "roster:" + rosterId;
		moveDuty(first, one, other, source);
		moveDuty(second, other, one, source);
		one.swapTo(second.getId());
		other.swapTo(first.getId());
		swap.decide(SwapStatus.APPROVED, null, actor.username(), now);
		this.audit.record(RosterAudit.ROSTER_SWAP_APPROVED, "roster-swap", swapId, AuditTrail.SUCCESS,
				"roster=" + rosterId);
		return swap.toView();
	}

	/** A commander refuses a waiting swap, with an optional reason. */
	@Transactional
	public SwapView refuse(Actor actor, long rosterId, long swapId, String reason) {
		RosterSwap swap = waiting(actor, rosterId, swapId);
		if (reason != null && reason.strip().length() > 500) {
			throw InvalidInputException.of("reason", "validation.maxLength", 500);
		}
		swap.decide(SwapStatus.REFUSED, (reason != null && !reason.isBlank()) ? reason.strip() : null, actor.username(),
				Instant.now(this.clock));
		this.audit.record(RosterAudit.ROSTER_SWAP_REFUSED, "roster-swap", swapId, AuditTrail.SUCCESS,
				"roster=" + rosterId);
		return swap.toView();
	}

	// the rules a person leaving the seat "from" breaks by taking the seat "to"
	private void broken(PoolMember person, RosterAssignment from, RosterAssignment to, List<Violation> broken) {
		Instant start = to.getShiftStart().minus(this.settings.minRest()).minus(java.time.Duration.ofDays(1));
		List<ShiftRules.Window> other = this.assignments.findPublishedFor(List.of(person.getId()), start)
			.stream()
			.filter((a) -> !a.getId().equals(from.getId()) && !a.getId().equals(to.getId()))
			.map((a) -> new ShiftRules.Window(a.getShiftStart(), a.getShiftEnd()))
			.toList();
		List<ShiftRules.Window> off = new ArrayList<>(
				this.unavailability.findOverlapping(List.of(person.getId()), to.getShiftStart(), to.getShiftEnd())
					.stream()
					.map((u) -> new ShiftRules.Window(u.getFromAt(), u.getUntilAt()))
					.toList());
		java.time.ZoneId zone = this.clock.getZone();
		off.addAll(this.screening
			.offDuring(List.of(person), LocalDate.ofInstant(to.getShiftStart(), zone),
					LocalDate.ofInstant(to.getShiftEnd(), zone), zone)
			.getOrDefault(person.getId(), List.of()));
		// a village checkpoint's own people serve there only; the key pool the key
		// checkpoints only
		boolean village = this.checkpoints.find(to.getCheckpointId())
			.map((c) -> c.kind() == org.fangkong.checkpoint.CheckpointKind.VILLAGE)
			.orElse(false);
		if ((person.getCheckpointId() != null) ? person.getCheckpointId() != to.getCheckpointId() : village) {
			broken.add(new Violation("swapId", "roster.swap.broken.pool", person.getName()));
		}
		for (String rule : ShiftRules.broken(person.skillSet(), off, other, to.getSeat(),
				new ShiftRules.Window(to.getShiftStart(), to.getShiftEnd()), this.settings.minRest())) {
			broken.add(new Violation("swapId", "roster.swap.broken." + rule.replace(' ', '_'), person.getName()));
		}
	}

	private void moveDuty(PoolMember person, RosterAssignment from, RosterAssignment to, String source) {
		if (person.getUserId() == null) {
			return;
		}
		this.feed.withdrawShift(person.getUserId(), from.getCheckpointId(),
				from.getShiftStart().minus(this.settings.graceBefore()),
				from.getShiftEnd().plus(this.settings.graceAfter()), source);
		this.feed.shift(person.getUserId(), to.getCheckpointId(), to.getShiftStart().minus(this.settings.graceBefore()),
				to.getShiftEnd().plus(this.settings.graceAfter()), source);
	}

	private RosterSwap waiting(Actor actor, long rosterId, long swapId) {
		this.rosters.load(actor, rosterId);
		if (!actor.has(Role.COMMANDER)) {
			throw new ForbiddenException(actor.username() + " may not decide swaps");
		}
		RosterSwap swap = this.swaps.findById(swapId)
			.filter((s) -> s.getRosterId() == rosterId)
			.orElseThrow(() -> new NotFoundException("roster swap", swapId));
		if (swap.getStatus() != SwapStatus.REQUESTED) {
			throw new UnprocessableRequestException("swap " + swapId + " is decided", "roster.swapDecided");
		}
		return swap;
	}

	private Roster access(Actor actor, long rosterId, long assignmentId, long otherAssignmentId) {
		if (actor.hasAny(Role.COMMANDER, Role.HQ_STAFF)) {
			return this.rosters.load(actor, rosterId);
		}
		Roster roster = this.rosterRows.findById(rosterId).orElseThrow(() -> new NotFoundException("roster", rosterId));
		List<Long> mine = this.staff.findByUserId(actor.userId()).stream().map(PoolMember::getId).toList();
		boolean party = this.assignments.findAllById(List.of(assignmentId, otherAssignmentId))
			.stream()
			.anyMatch((a) -> a.getRosterId() == rosterId && a.getStaffId() != null && mine.contains(a.getStaffId()));
		if (!party) {
			throw new ForbiddenException(actor.username() + " may not request this swap");
		}
		return roster;
	}

	private RosterAssignment assignment(long rosterId, long id, String field) {
		return this.assignments.findById(id)
			.filter((a) -> a.getRosterId() == rosterId)
			.orElseThrow(() -> InvalidInputException.of(field, "validation.unknown"));
	}

	/**
	 * The shifts the person of one published shift may ask to swap with: the other
	 * people's shifts of the same roster, checkpoint and seat that have not started — for
	 * that person ("my shifts") or a planner; soonest first, with the people's names.
	 */
	public List<SwapOption> optionsFor(Actor actor, long assignmentId) {
		RosterAssignment mine = this.assignments.findById(assignmentId)
			.orElseThrow(() -> new NotFoundException("roster assignment", assignmentId));
		Roster roster = access(actor, mine.getRosterId(), assignmentId, assignmentId);
		Instant now = Instant.now(this.clock);
		if (roster.getStatus() != RosterStatus.PUBLISHED || !mine.getShiftStart().isAfter(now)) {
			return List.of();
		}
		List<RosterAssignment> others = this.assignments.findByRoster(roster.getId())
			.stream()
			.filter((a) -> a.getCheckpointId() == mine.getCheckpointId() && a.getSeat() == mine.getSeat()
					&& a.getStaffId() != null && !a.getStaffId().equals(mine.getStaffId())
					&& a.getShiftStart().isAfter(now) && !a.getShiftStart().equals(mine.getShiftStart()))
			.sorted(java.util.Comparator.comparing(RosterAssignment::getShiftStart))
			.toList();
		java.util.Map<Long, String> names = this.staff
			.findByIdIn(others.stream().map(RosterAssignment::getStaffId).collect(java.util.stream.Collectors.toSet()))
			.stream()
			.collect(java.util.stream.Collectors.toMap(PoolMember::getId, PoolMember::getName));
		return others.stream()
			.map((a) -> new SwapOption(a.getId(), a.getShiftStart(), a.getShiftEnd(), names.get(a.getStaffId())))
			.toList();
	}

	/** A shift one may swap with: when and whose. */
	public record SwapOption(long assignmentId, Instant start, Instant end, String name) {

	}

	/** A swap and where it stands. */
	public record SwapView(long id, long rosterId, long assignmentId, long otherAssignmentId, long staffId,
			long otherStaffId, SwapStatus status, String reason, String requestedBy, Instant requestedAt,
			String decidedBy, Instant decidedAt) {

	}

}
