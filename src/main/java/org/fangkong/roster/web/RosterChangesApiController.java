package org.fangkong.roster.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.roster.RosterChanges;
import org.fangkong.roster.RosterSwaps;
import org.fangkong.roster.RosterSwaps.SwapView;
import org.fangkong.shared.CurrentActor;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changes to a published roster over JSON (issue #11 item 5): re-planning from a date and
 * swaps of two shifts.
 */
@RestController
@Tag(name = "Rosters")
class RosterChangesApiController {

	private final RosterChanges changes;

	private final RosterSwaps swaps;

	RosterChangesApiController(RosterChanges changes, RosterSwaps swaps) {
		this.changes = changes;
		this.swaps = swaps;
	}

	@PostMapping("/api/v1/rosters/{id}/replan")
	@Operation(summary = "Re-plan a published roster from a local date {from} (today or later): the shifts before "
			+ "are kept, the later ones solved again in the background (202); publish it again to replace their duties")
	ResponseEntity<Map<String, Object>> replan(@PathVariable long id, @RequestBody ReplanJson request) {
		var roster = this.changes.replan(CurrentActor.get(), id, (request != null) ? request.from() : null);
		return ResponseEntity.accepted().body(Map.of("id", roster.id(), "status", roster.status().name()));
	}

	@GetMapping("/api/v1/rosters/{id}/swaps")
	@Operation(summary = "The swaps of a roster, newest first (commanders, HQ staff)")
	List<SwapView> swaps(@PathVariable long id) {
		return this.swaps.list(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/rosters/{id}/swaps")
	@Operation(summary = "Request a swap of two shifts {assignmentId, otherAssignmentId} of a published roster "
			+ "(planners, or the person of one of the two shifts) → 201 {id}")
	ResponseEntity<Map<String, Long>> request(@PathVariable long id, @RequestBody SwapJson request) {
		if (request == null || request.assignmentId() == null || request.otherAssignmentId() == null) {
			throw org.fangkong.shared.InvalidInputException.of("assignmentId", "validation.required");
		}
		SwapView swap = this.swaps.request(CurrentActor.get(), id, request.assignmentId(), request.otherAssignmentId());
		return ResponseEntity.created(URI.create("/api/v1/rosters/" + id + "/swaps/" + swap.id()))
			.body(Map.of("id", swap.id()));
	}

	@PostMapping("/api/v1/rosters/{id}/swaps/{swapId}/approve")
	@Operation(summary = "Approve a swap (commanders): 400 naming the broken rules, or the two exchange shifts "
			+ "and crew duties")
	SwapView approve(@PathVariable long id, @PathVariable long swapId) {
		return this.swaps.approve(CurrentActor.get(), id, swapId);
	}

	@PostMapping("/api/v1/rosters/{id}/swaps/{swapId}/refuse")
	@Operation(summary = "Refuse a swap (commanders) with an optional {reason}")
	SwapView refuse(@PathVariable long id, @PathVariable long swapId,
			@RequestBody(required = false) RefusalJson request) {
		return this.swaps.refuse(CurrentActor.get(), id, swapId, (request != null) ? request.reason() : null);
	}

	/** From which local date to re-plan. */
	record ReplanJson(LocalDate from) {

	}

	/** Two shifts to swap. */
	record SwapJson(Long assignmentId, Long otherAssignmentId) {

	}

	/** Why a swap is refused. */
	record RefusalJson(String reason) {

	}

}
