package org.fangkong.volunteer.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.shared.CurrentActor;
import org.fangkong.volunteer.Teams;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Teams and prevention units over JSON (issue #15 items 2 and 6). */
@RestController
@Tag(name = "Volunteers")
class TeamApiController {

	private final Teams teams;

	TeamApiController(Teams teams) {
		this.teams = teams;
	}

	@GetMapping("/api/v1/teams")
	@Operation(summary = "The teams of the caller's jurisdiction: village work teams, assault teams, screening groups")
	List<Teams.TeamView> list() {
		return this.teams.list(CurrentActor.get());
	}

	@PostMapping("/api/v1/teams")
	@Operation(summary = "Form a team {name, kind, leaderId, memberIds[], jurisdictionId}")
	ResponseEntity<Teams.TeamView> create(@RequestBody Teams.NewTeam body) {
		Teams.TeamView created = this.teams.create(CurrentActor.get(), body);
		return ResponseEntity.created(URI.create("/api/v1/teams/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/teams/{id}")
	@Operation(summary = "One team with its members and the prevention units it serves")
	Teams.TeamDetail get(@PathVariable long id) {
		return this.teams.get(CurrentActor.get(), id);
	}

	@PutMapping("/api/v1/teams/{id}")
	@Operation(summary = "Revise a team {name, kind, leaderId, memberIds[], jurisdictionId}: the members given "
			+ "replace the old ones; the leader is always a member")
	Teams.TeamView update(@PathVariable long id, @RequestBody Teams.NewTeam body) {
		return this.teams.update(CurrentActor.get(), id, body);
	}

	@PostMapping("/api/v1/teams/{id}/units")
	@Operation(summary = "Assign a residential building or quarter {jurisdictionId, workUnitId} to a work unit "
			+ "(包保单位), served by this team")
	ResponseEntity<Teams.PreventionUnitView> assign(@PathVariable long id, @RequestBody Teams.NewPreventionUnit body) {
		Teams.PreventionUnitView unit = this.teams.assignUnit(CurrentActor.get(), id, body);
		return ResponseEntity.created(URI.create("/api/v1/teams/" + id)).body(unit);
	}

}
