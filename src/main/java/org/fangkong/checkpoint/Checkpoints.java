package org.fangkong.checkpoint;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.FieldRules;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checkpoint registry. A user sees the checkpoints inside their jurisdiction and
 * those they are bound to as crew (SECURITY.md AC1); anything else is reported as not
 * found.
 */
@Service
@Transactional(readOnly = true)
public class Checkpoints {

	private final CheckpointRepository checkpoints;

	private final Jurisdictions jurisdictions;

	private final CrewAssignmentRepository duties;

	private final Clock clock;

	Checkpoints(CheckpointRepository checkpoints, Jurisdictions jurisdictions, CrewAssignmentRepository duties,
			Clock clock) {
		this.checkpoints = checkpoints;
		this.jurisdictions = jurisdictions;
		this.duties = duties;
		this.clock = clock;
	}

	static CheckpointView register(CheckpointRepository checkpoints, NewCheckpoint checkpoint) {
		if (checkpoint.parentId() != null && !checkpoints.existsById(checkpoint.parentId())) {
			throw new NotFoundException("checkpoint", checkpoint.parentId());
		}
		return checkpoints.save(new Checkpoint(checkpoint)).toView();
	}

	/**
	 * An administrator adds a checkpoint to the registry (R-CP-1). A sub-checkpoint names
	 * its parent; every field is checked and all broken rules are reported at once.
	 */
	@Transactional
	public CheckpointView create(Actor actor, CheckpointRequest request) {
		if (!actor.has(Role.ADMIN)) {
			throw new ForbiddenException(actor.username() + " may not add checkpoints");
		}
		List<Violation> violations = new ArrayList<>();
		String code = FieldRules.text(request.code(), "code", 20, true, violations);
		if (code != null && this.checkpoints.findByCode(code).isPresent()) {
			violations.add(new Violation("code", "validation.code.taken"));
		}
		String name = FieldRules.text(request.name(), "name", 100, true, violations);
		CheckpointKind kind = FieldRules.oneOf(CheckpointKind.class, "kind", request.kind(), true, violations);
		if (kind == CheckpointKind.SUB && (request.parentId() == null || this.checkpoints.findById(request.parentId())
			.map((parent) -> parent.toView().kind() == CheckpointKind.SUB)
			.orElse(true))) {
			violations.add(new Violation("parentId", "validation.parent"));
		}
		if (request.jurisdictionId() == null || this.jurisdictions.find(request.jurisdictionId()).isEmpty()) {
			violations.add(new Violation("jurisdictionId", "validation.required"));
		}
		if (request.latitude() != null && (request.latitude() < -90 || request.latitude() > 90)) {
			violations.add(new Violation("latitude", "validation.range", -90, 90));
		}
		if (request.longitude() != null && (request.longitude() < -180 || request.longitude() > 180)) {
			violations.add(new Violation("longitude", "validation.range", -180, 180));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return register(this.checkpoints,
				new NewCheckpoint(code, name, kind, (kind == CheckpointKind.SUB) ? request.parentId() : null,
						request.jurisdictionId(), request.latitude(), request.longitude()));
	}

	/**
	 * The checkpoints the actor may see, optionally of one kind, key checkpoints first.
	 */
	public List<CheckpointView> visibleTo(Actor actor, CheckpointKind kind) {
		Set<Long> bound = new HashSet<>(served(actor));
		// An empty IN list is not valid SQL everywhere: -1 matches no checkpoint.
		bound.add(-1L);
		return this.checkpoints.findVisible(this.jurisdictions.scopeIds(actor), bound)
			.stream()
			.map(Checkpoint::toView)
			.filter((checkpoint) -> kind == null || checkpoint.kind() == kind)
			.toList();
	}

	/** One checkpoint the actor may see, or {@link NotFoundException}. */
	public CheckpointView get(Actor actor, long id) {
		CheckpointView checkpoint = this.checkpoints.findById(id)
			.map(Checkpoint::toView)
			.orElseThrow(() -> new NotFoundException("checkpoint", id));
		if (!this.jurisdictions.covers(actor, checkpoint.jurisdictionId()) && !served(actor).contains(id)) {
			throw new NotFoundException("checkpoint", id);
		}
		return checkpoint;
	}

	/**
	 * Without a scope check: for administration (binding crews) and for labels of ids
	 * already held.
	 */
	public List<CheckpointView> all() {
		return this.checkpoints.findAllOrdered().stream().map(Checkpoint::toView).toList();
	}

	public Optional<CheckpointView> findByCode(String code) {
		return this.checkpoints.findByCode(code).map(Checkpoint::toView);
	}

	private List<Long> served(Actor actor) {
		return actor.has(Role.CHECKPOINT_CREW) ? this.duties.activeCheckpoints(actor.userId(), Instant.now(this.clock))
				: List.of();
	}

	public Optional<CheckpointView> find(long id) {
		return this.checkpoints.findById(id).map(Checkpoint::toView);
	}

}
