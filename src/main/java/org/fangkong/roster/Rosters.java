package org.fangkong.roster;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangkong.audit.AuditTrail;
import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.checkpoint.CrewDutyFeed;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;
import org.fangkong.shared.UnprocessableRequestException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Duty rosters (issue #11 items 4, 5, 8): a planner (commander, HQ staff) creates one for
 * some checkpoints and days, has it solved in the background, and a commander publishes
 * it; publishing puts every rostered person with a user account on duty at their
 * checkpoint for their shifts (plus a grace before and after) through the checkpoint
 * module's crew duty. Outside the planner's jurisdiction a roster is not found.
 */
@Service
@Transactional(readOnly = true)
public class Rosters {

	/**
	 * The hotline's post among a roster's checkpoints (issue #12 item 3): its seats and
	 * assignments carry this id in place of a checkpoint's (checkpoint ids start at 1).
	 */
	public static final long HOTLINE = 0L;

	private final RosterRepository rosters;

	private final RosterAssignmentRepository assignments;

	private final Planner planner;

	private final RosterSolving solving;

	private final Checkpoints checkpoints;

	private final Jurisdictions jurisdictions;

	private final CrewDutyFeed feed;

	private final StaffRepository staff;

	private final RosterSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	Rosters(RosterRepository rosters, RosterAssignmentRepository assignments, Planner planner, RosterSolving solving,
			Checkpoints checkpoints, Jurisdictions jurisdictions, CrewDutyFeed feed, StaffRepository staff,
			RosterSettings settings, AuditTrail audit, Clock clock) {
		this.audit = audit;
		this.rosters = rosters;
		this.assignments = assignments;
		this.planner = planner;
		this.solving = solving;
		this.checkpoints = checkpoints;
		this.jurisdictions = jurisdictions;
		this.feed = feed;
		this.staff = staff;
		this.settings = settings;
		this.clock = clock;
	}

	/** The rosters of the planner's jurisdiction, newest first. */
	public List<RosterSummary> list(Actor actor) {
		StaffPool.requirePlanner(actor);
		return this.rosters.findInScope(this.jurisdictions.scopePath(actor)).stream().map(Roster::toSummary).toList();
	}

	/** A planner creates a draft roster for some checkpoints of their jurisdiction. */
	@Transactional
	public RosterSummary create(Actor actor, NewRoster request) {
		StaffPool.requirePlanner(actor);
		List<Violation> violations = new ArrayList<>();
		if (request.from() == null) {
			violations.add(new Violation("from", "validation.required"));
		}
		if (request.to() == null) {
			violations.add(new Violation("to", "validation.required"));
		}
		if (request.from() != null && request.to() != null && (request.to().isBefore(request.from())
				|| request.from().plusDays(this.settings.maxDays() - 1).isBefore(request.to()))) {
			violations.add(new Violation("to", "validation.range", request.from(),
					request.from().plusDays(this.settings.maxDays() - 1)));
		}
		Set<Long> ids = new LinkedHashSet<>();
		if (request.checkpointIds() == null || request.checkpointIds().isEmpty()) {
			violations.add(new Violation("checkpointIds", "validation.required"));
		}
		else {
			for (Long id : request.checkpointIds()) {
				if (id != null && id == HOTLINE) {
					ids.add(id);
					continue;
				}
				CheckpointView checkpoint = (id != null) ? this.checkpoints.find(id).orElse(null) : null;
				if (checkpoint == null || !this.jurisdictions.covers(actor, checkpoint.jurisdictionId())) {
					violations.add(new Violation("checkpointIds", "validation.unknown"));
					break;
				}
				ids.add(id);
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		RosterSummary created = this.rosters
			.save(new Roster(request.from(), request.to(), ids, actor.jurisdictionId(),
					this.jurisdictions.scopePath(actor), actor.username(), Instant.now(this.clock)))
			.toSummary();
		this.audit.record(RosterAudit.ROSTER_CREATED, "roster", created.id(), AuditTrail.SUCCESS,
				"checkpoints=" + ids.size());
		return created;
	}

	/** A roster with its plan and, while solving, the progress. */
	public RosterDetail get(Actor actor, long id) {
		Roster roster = load(actor, id);
		return new RosterDetail(roster.toSummary(),
				this.assignments.findByRoster(id).stream().map(RosterAssignment::toView).toList(),
				this.solving.progress(id).orElse(null));
	}

	/**
	 * Starts solving in the background, after checking that every shift can be staffed; a
	 * shortage is refused with the checkpoint and the shifts in plain words.
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public void solve(Actor actor, long id) {
		Roster roster = load(actor, id);
		if (roster.getStatus() == RosterStatus.PUBLISHED) {
			throw new UnprocessableRequestException("roster " + id + " is published", "roster.published");
		}
		if (roster.getStatus() == RosterStatus.SOLVING || this.solving.isSolving(id)) {
			throw new UnprocessableRequestException("roster " + id + " is being solved", "roster.solving");
		}
		List<RosterAssignment> earlier = this.assignments.findByRoster(id);
		if (roster.getPublishedAt() != null && roster.getReplannedFrom() != null) {
			// re-planning: the kept shifts stay, the later ones are planned afresh
			earlier = earlier.stream().filter((a) -> a.getShiftStart().isBefore(roster.getReplannedFrom())).toList();
		}
		List<Planner.Problem> problems = this.planner.problems(roster, earlier);
		List<Violation> shortages = Capacity.violations(problems, this.settings.minRest(), this.clock.getZone());
		if (!shortages.isEmpty()) {
			roster.refused(shortages.stream()
				.map((v) -> v.args()[0] + " " + v.args()[1] + ": " + v.args()[2] + " (" + v.args()[3] + "/"
						+ v.args()[4] + ")")
				.collect(Collectors.joining("; ")));
			throw new InvalidInputException(shortages);
		}
		roster.solving();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Rosters.this.solving.start(id, problems);
			}
		});
	}

	/** Stops solving early; the best plan found so far is kept. */
	public boolean stop(Actor actor, long id) {
		load(actor, id);
		return this.solving.stop(id);
	}

	/** Pins (or unpins) one assignment, so re-solving keeps it. */
	@Transactional
	public void pin(Actor actor, long id, long assignmentId, boolean pinned) {
		Roster roster = load(actor, id);
		if (roster.getStatus() == RosterStatus.PUBLISHED || roster.getStatus() == RosterStatus.SOLVING) {
			throw new UnprocessableRequestException("roster " + id + " cannot change now", "roster.locked");
		}
		RosterAssignment assignment = this.assignments.findById(assignmentId)
			.filter((a) -> a.getRosterId() == id)
			.orElseThrow(() -> new NotFoundException("roster assignment", assignmentId));
		if (roster.getPublishedAt() != null && roster.getReplannedFrom() != null
				&& assignment.getShiftStart().isBefore(roster.getReplannedFrom())) {
			// a shift kept by re-planning stays as published
			throw new UnprocessableRequestException("assignment " + assignmentId + " is kept", "roster.locked");
		}
		assignment.pin(pinned);
	}

	/**
	 * A commander publishes a solved roster: each rostered person with a user account is
	 * put on duty at their checkpoint for each shift, with the grace before and after.
	 */
	@Transactional
	public RosterSummary publish(Actor actor, long id) {
		Roster roster = load(actor, id);
		if (!actor.has(Role.COMMANDER)) {
			throw new ForbiddenException(actor.username() + " may not publish rosters");
		}
		if (roster.getStatus() != RosterStatus.SOLVED) {
			throw new UnprocessableRequestException("roster " + id + " is not solved", "roster.notSolved");
		}
		List<RosterAssignment> rows = this.assignments.findByRoster(id);
		if (rows.stream().anyMatch((row) -> row.getStaffId() == null) || roster.toSummary().score() == null
				|| !ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore
					.parseScore(roster.toSummary().score())
					.isFeasible()) {
			// stopped before every seat was filled, or a hard rule broken (pinned seats)
			throw new UnprocessableRequestException("roster " + id + " is not feasible", "roster.notFeasible");
		}
		// re-published after re-planning: the shifts from the re-plan's start replace the
		// earlier ones
		Instant cutoff = (roster.getPublishedAt() != null) ? roster.getReplannedFrom() : null;
		String source = "roster:" + id;
		if (cutoff != null) {
			this.feed.withdrawFrom(source, cutoff.minus(this.settings.graceBefore()));
			rows = rows.stream().filter((row) -> !row.getShiftStart().isBefore(cutoff)).toList();
		}
		Map<Long, PoolMember> people = this.staff
			.findByIdIn(rows.stream().map(RosterAssignment::getStaffId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(PoolMember::getId, Function.identity()));
		int fed = 0;
		for (RosterAssignment row : rows) {
			PoolMember member = people.get(row.getStaffId());
			// the hotline's shifts are read from the roster itself
			// (DutyShifts.onHotline);
			// only checkpoint duties go to the checkpoint module
			if (member != null && member.getUserId() != null && row.getCheckpointId() != HOTLINE) {
				this.feed.shift(member.getUserId(), row.getCheckpointId(),
						row.getShiftStart().minus(this.settings.graceBefore()),
						row.getShiftEnd().plus(this.settings.graceAfter()), source);
				fed++;
			}
		}
		roster.published(actor.username(), Instant.now(this.clock));
		this.audit.record(RosterAudit.ROSTER_PUBLISHED, "roster", id, AuditTrail.SUCCESS, "duties=" + fed);
		return roster.toSummary();
	}

	/** The roster, for a planner within whose jurisdiction it is; 404 otherwise. */
	Roster load(Actor actor, long id) {
		StaffPool.requirePlanner(actor);
		Roster roster = this.rosters.findById(id).orElseThrow(() -> new NotFoundException("roster", id));
		if (!roster.getJurisdictionPath().startsWith(this.jurisdictions.scopePath(actor))) {
			throw new NotFoundException("roster", id);
		}
		return roster;
	}

	/** A published shift of the actor. */
	public record MyShift(long assignmentId, long rosterId, long checkpointId, String checkpointName, Instant start,
			Instant end, SeatKind seat) {

	}

	/** A roster to create: local dates, both included, and the checkpoints. */
	public record NewRoster(LocalDate from, LocalDate to, List<Long> checkpointIds) {

	}

	/** A roster without its plan. */
	public record RosterSummary(long id, LocalDate from, LocalDate to, RosterStatus status, String score,
			Set<Long> checkpointIds, String message, String createdBy, Instant createdAt, String publishedBy,
			Instant publishedAt, Instant replannedFrom, String replannedBy, Instant replannedAt) {

	}

	/** One seat of one shift and who fills it. */
	public record AssignmentView(long id, long checkpointId, Instant shiftStart, Instant shiftEnd, SeatKind seat,
			int seatIndex, Long staffId, boolean pinned) {

	}

	/** A roster with its plan and, while it is solved, the progress. */
	public record RosterDetail(RosterSummary roster, List<AssignmentView> assignments, Progress progress) {

	}

	/** Progress of a roster being solved: the score so far and the time spent. */
	/**
	 * Solving's progress: the score summed over the problems with a plan so far,
	 * {@code problemsPlanned} of them (every seat given once: the score then says whether
	 * the whole roster is feasible), {@code problemsDone} of them finished.
	 */
	public record Progress(String score, java.time.Duration elapsed, int problemsDone, int problems,
			int problemsPlanned) {

	}

}
