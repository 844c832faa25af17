package org.fangkong.portal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.checkpoint.CrewDuty;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is: composed here, in the shell, from the identity (roles, node) and the
 * checkpoint module (the checkpoints a crew member is on duty at now).
 */
@RestController
@Tag(name = "Identity", description = "用户 — the caller, their roles, jurisdiction and checkpoints")
class MeApiController {

	private final Jurisdictions jurisdictions;

	private final Checkpoints checkpoints;

	private final CrewDuty duty;

	MeApiController(Jurisdictions jurisdictions, Checkpoints checkpoints, CrewDuty duty) {
		this.jurisdictions = jurisdictions;
		this.checkpoints = checkpoints;
		this.duty = duty;
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The caller: user name, roles, jurisdiction node and the ids of the checkpoints they serve")
	Me me() {
		Actor actor = CurrentActor.get();
		JurisdictionView node = this.jurisdictions.find(actor.jurisdictionId())
			.orElseThrow(() -> new NotFoundException("jurisdiction", actor.jurisdictionId()));
		List<CheckpointView> served = this.duty.servedBy(actor)
			.stream()
			.map(this.checkpoints::find)
			.flatMap(java.util.Optional::stream)
			.toList();
		return new Me(actor.username(), actor.displayName(), actor.roles().stream().sorted().toList(),
				new Me.Node(node.id(), node.name()), served.stream().map(CheckpointView::id).toList(),
				served.stream().map((c) -> new Me.CheckpointRef(c.id(), c.code(), c.name())).toList(),
				actor.workingGroupId());
	}

	/** The answer of {@code GET /api/v1/me}. */
	record Me(String username, String displayName, List<Role> roles, Node jurisdiction, List<Long> checkpoints,
			List<CheckpointRef> checkpointDetails, Long workingGroupId) {

		record Node(long id, String name) {
		}

		record CheckpointRef(long id, String code, String name) {
		}

	}

}
