package org.fangkong.checkpoint;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.fangkong.identity.Accounts;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Crew duty (值守): who may register at which checkpoint, from when to when (R-CP-2). A
 * crew member serves a checkpoint while an assignment of theirs there is active; a
 * standing assignment has no window, a shift has one. The duty-roster module feeds shifts
 * through {@link CrewDutyFeed}. Checked on every request, so a change takes effect at
 * once (SECURITY.md AC4).
 */
@Service
@Transactional(readOnly = true)
public class CrewDuty {

	private final CrewAssignmentRepository assignments;

	private final Checkpoints checkpoints;

	private final Accounts accounts;

	private final Clock clock;

	CrewDuty(CrewAssignmentRepository assignments, Checkpoints checkpoints, Accounts accounts, Clock clock) {
		this.assignments = assignments;
		this.checkpoints = checkpoints;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Whether the actor is crew on duty at the checkpoint now. */
	public boolean serves(Actor actor, long checkpointId) {
		return actor.has(Role.CHECKPOINT_CREW)
				&& this.assignments.isActive(actor.userId(), checkpointId, Instant.now(this.clock));
	}

	/**
	 * The ids of the checkpoints the actor is on duty at now, in order; empty for others.
	 */
	public Set<Long> servedBy(Actor actor) {
		if (!actor.has(Role.CHECKPOINT_CREW)) {
			return Set.of();
		}
		return new TreeSet<>(this.assignments.activeCheckpoints(actor.userId(), Instant.now(this.clock)));
	}

	/**
	 * The current and coming duties at a checkpoint the actor may see, for those who
	 * direct checkpoints (administrators, the HQ, townships): crew names are not for
	 * every role that sees the checkpoint.
	 */
	public List<AssignmentView> crewOf(Actor actor, long checkpointId) {
		this.checkpoints.get(actor, checkpointId);
		if (!actor.hasAny(Role.ADMIN, Role.COMMANDER, Role.HQ_STAFF, Role.TOWNSHIP_OFFICER)) {
			throw new ForbiddenException(actor.username() + " may not read crew duties");
		}
		return this.assignments.currentAndComing(checkpointId, Instant.now(this.clock))
			.stream()
			.map(this::toView)
			.toList();
	}

	/**
	 * An administrator puts a crew member on duty at a checkpoint, standing (no window)
	 * or from {@code validFrom} until {@code validUntil}.
	 */
	@Transactional
	public AssignmentView assign(Actor actor, long checkpointId, NewAssignment assignment) {
		requireAdmin(actor);
		this.checkpoints.get(actor, checkpointId);
		Accounts.UserView user = (assignment.username() != null) ? this.accounts.findByUsername(assignment.username())
			.orElseThrow(() -> InvalidInputException.of("username", "validation.unknown")) : null;
		if (user == null) {
			throw InvalidInputException.of("username", "validation.required");
		}
		if (!user.roles().contains(Role.CHECKPOINT_CREW)) {
			throw InvalidInputException.of("username", "validation.crew.role");
		}
		if (assignment.validFrom() != null && assignment.validUntil() != null
				&& !assignment.validUntil().isAfter(assignment.validFrom())) {
			throw InvalidInputException.of("validUntil", "validation.window");
		}
		Source source = (assignment.validFrom() == null && assignment.validUntil() == null) ? Source.STANDING
				: Source.WINDOW;
		CrewAssignment saved = this.assignments.save(new CrewAssignment(user.id(), checkpointId, assignment.validFrom(),
				assignment.validUntil(), source, actor.username(), Instant.now(this.clock)));
		return toView(saved);
	}

	/** An administrator ends a duty; it is kept for the record. */
	@Transactional
	public void end(Actor actor, long checkpointId, long assignmentId) {
		requireAdmin(actor);
		CrewAssignment assignment = this.assignments.findById(assignmentId)
			.filter((a) -> a.getCheckpointId() == checkpointId)
			.orElseThrow(() -> new NotFoundException("crew assignment", assignmentId));
		assignment.end();
	}

	@Transactional
	AssignmentView record(long userId, long checkpointId, Instant from, Instant until, Source source, String by) {
		return toView(this.assignments
			.save(new CrewAssignment(userId, checkpointId, from, until, source, by, Instant.now(this.clock))));
	}

	@Transactional
	int withdrawRoster(String by, Instant from) {
		return this.assignments.endRosterFrom(by, from);
	}

	@Transactional
	int withdrawShift(long userId, long checkpointId, Instant from, Instant until, String by) {
		return this.assignments.endRosterShift(userId, checkpointId, from, until, by);
	}

	private AssignmentView toView(CrewAssignment assignment) {
		Accounts.UserView user = this.accounts.find(assignment.getUserId()).orElse(null);
		return assignment.toView((user != null) ? user.username() : null, (user != null) ? user.displayName() : null);
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.has(Role.ADMIN)) {
			throw new ForbiddenException(actor.username() + " may not assign crews");
		}
	}

	/** Where a duty comes from. */
	public enum Source {

		/** Until ended, with no window. */
		STANDING,
		/** A window set by an administrator. */
		WINDOW,
		/** A shift of a published duty roster. */
		ROSTER

	}

	/** A duty to create: a crew member's user name and an optional window. */
	public record NewAssignment(String username, Instant validFrom, Instant validUntil) {

	}

	/** A duty at a checkpoint. */
	public record AssignmentView(long id, long userId, String username, String displayName, long checkpointId,
			Instant validFrom, Instant validUntil, Source source, String assignedBy, Instant assignedAt,
			boolean ended) {

	}

}
