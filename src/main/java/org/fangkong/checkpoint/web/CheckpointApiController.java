package org.fangkong.checkpoint.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.checkpoint.CheckpointKind;
import org.fangkong.checkpoint.CheckpointRequest;
import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.checkpoint.CrewDuty;
import org.fangkong.shared.CurrentActor;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The checkpoint registry over JSON: the checkpoints in the caller's jurisdiction and
 * those they serve.
 */
@RestController
@RequestMapping("/api/v1/checkpoints")
@Tag(name = "Checkpoints", description = "卡点 — key, village and sub-checkpoints (R-CP-1)")
class CheckpointApiController {

	private final Checkpoints checkpoints;

	private final CrewDuty duty;

	CheckpointApiController(Checkpoints checkpoints, CrewDuty duty) {
		this.checkpoints = checkpoints;
		this.duty = duty;
	}

	@GetMapping
	@Operation(summary = "Checkpoints visible to the caller, key checkpoints first; optionally of one kind")
	List<CheckpointJson> list(@RequestParam(required = false) CheckpointKind kind) {
		return this.checkpoints.visibleTo(CurrentActor.get(), kind).stream().map(CheckpointJson::of).toList();
	}

	@PostMapping
	@Operation(summary = "Add a checkpoint (administrators); a SUB checkpoint names its parent")
	ResponseEntity<CheckpointJson> create(@RequestBody CheckpointRequest request) {
		CheckpointJson created = CheckpointJson.of(this.checkpoints.create(CurrentActor.get(), request));
		return ResponseEntity.created(URI.create("/api/v1/checkpoints/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One checkpoint; 404 when the caller may not see it")
	CheckpointJson get(@PathVariable long id) {
		return CheckpointJson.of(this.checkpoints.get(CurrentActor.get(), id));
	}

	@GetMapping("/{id}/crew")
	@Operation(summary = "The crew on duty at a checkpoint now and later (standing duties and windows)")
	List<CrewDuty.AssignmentView> crew(@PathVariable long id) {
		return this.duty.crewOf(CurrentActor.get(), id);
	}

	@PostMapping("/{id}/crew")
	@Operation(summary = "Put a crew member on duty (administrators): standing, or from validFrom until validUntil")
	ResponseEntity<CrewDuty.AssignmentView> assign(@PathVariable long id,
			@RequestBody CrewDuty.NewAssignment assignment) {
		CrewDuty.AssignmentView created = this.duty.assign(CurrentActor.get(), id, assignment);
		return ResponseEntity.created(URI.create("/api/v1/checkpoints/" + id + "/crew/" + created.id())).body(created);
	}

	@DeleteMapping("/{id}/crew/{assignmentId}")
	@Operation(summary = "End a duty (administrators); it is kept for the record")
	ResponseEntity<Void> end(@PathVariable long id, @PathVariable long assignmentId) {
		this.duty.end(CurrentActor.get(), id, assignmentId);
		return ResponseEntity.noContent().build();
	}

	record CheckpointJson(long id, String code, String name, CheckpointKind kind, Double latitude, Double longitude,
			long jurisdictionId, Long parentId) {

		static CheckpointJson of(CheckpointView c) {
			return new CheckpointJson(c.id(), c.code(), c.name(), c.kind(), c.latitude(), c.longitude(),
					c.jurisdictionId(), c.parentId());
		}

	}

}
