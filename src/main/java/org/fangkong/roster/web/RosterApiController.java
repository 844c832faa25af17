package org.fangkong.roster.web;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.roster.Rosters;
import org.fangkong.roster.Rosters.RosterDetail;
import org.fangkong.roster.Rosters.RosterSummary;
import org.fangkong.shared.CurrentActor;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Duty rosters over JSON (issue #11 item 8). */
@RestController
@Tag(name = "Rosters", description = "排班 — duty rosters solved with Timefold Solver (R-CP-2)")
class RosterApiController {

	private final Rosters rosters;

	private final Clock clock;

	RosterApiController(Rosters rosters, Clock clock) {
		this.rosters = rosters;
		this.clock = clock;
	}

	@GetMapping("/api/v1/rosters")
	@Operation(summary = "The rosters of the caller's jurisdiction, newest first (commanders, HQ staff)")
	List<RosterSummary> list() {
		return this.rosters.list(CurrentActor.get());
	}

	@PostMapping("/api/v1/rosters")
	@Operation(summary = "Create a draft roster {from, to, checkpointIds} (local dates, both included)")
	ResponseEntity<Map<String, Long>> create(@RequestBody Rosters.NewRoster request) {
		RosterSummary created = this.rosters.create(CurrentActor.get(), request);
		return ResponseEntity.created(URI.create("/api/v1/rosters/" + created.id())).body(Map.of("id", created.id()));
	}

	@GetMapping("/api/v1/rosters/{id}")
	@Operation(summary = "A roster: status DRAFT|SOLVING|SOLVED|PUBLISHED, score (e.g. 0hard/-120soft) and its "
			+ "assignments; outside the caller's jurisdiction 404")
	RosterJson get(@PathVariable long id) {
		return RosterJson.of(this.rosters.get(CurrentActor.get(), id), this.clock.getZone());
	}

	@PostMapping("/api/v1/rosters/{id}/solve")
	@Operation(summary = "Solve in the background (202); 400 naming the checkpoints and shifts that cannot be "
			+ "staffed; 422 when published or already solving")
	ResponseEntity<Void> solve(@PathVariable long id) {
		this.rosters.solve(CurrentActor.get(), id);
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/api/v1/rosters/{id}/stop")
	@Operation(summary = "Stop solving early (202); the best plan so far is kept")
	ResponseEntity<Void> stop(@PathVariable long id) {
		this.rosters.stop(CurrentActor.get(), id);
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/api/v1/rosters/{id}/publish")
	@Operation(summary = "Publish a solved roster (commanders): its crews may register during their shifts")
	RosterJson publish(@PathVariable long id) {
		Rosters.RosterSummary published = this.rosters.publish(CurrentActor.get(), id);
		return RosterJson.of(this.rosters.get(CurrentActor.get(), published.id()), this.clock.getZone());
	}

	/** A roster as the API shows it. */
	record RosterJson(long id, String status, String score, java.time.LocalDate from, java.time.LocalDate to,
			List<Long> checkpointIds, String message, OffsetDateTime replannedFrom, ProgressJson progress,
			List<AssignmentJson> assignments) {

		static RosterJson of(RosterDetail detail, java.time.ZoneId zone) {
			RosterSummary r = detail.roster();
			return new RosterJson(r.id(), r.status().name(), r.score(), r.from(), r.to(),
					r.checkpointIds().stream().sorted().toList(), r.message(),
					(r.replannedFrom() != null) ? OffsetDateTime.ofInstant(r.replannedFrom(), zone) : null,
					(detail.progress() != null) ? new ProgressJson(detail.progress().score(),
							detail.progress().elapsed().toMillis() / 1000.0, detail.progress().problemsDone(),
							detail.progress().problems(), detail.progress().problemsPlanned()) : null,
					detail.assignments()
						.stream()
						.map((a) -> new AssignmentJson(a.id(), OffsetDateTime.ofInstant(a.shiftStart(), zone),
								OffsetDateTime.ofInstant(a.shiftEnd(), zone), a.checkpointId(), a.staffId(),
								a.seat().name()))
						.toList());
		}

	}

	/**
	 * Progress while solving: the score so far, the seconds spent, and how many problems
	 * have a plan (the score covers those) and are done.
	 */
	record ProgressJson(String score, double elapsedSeconds, int problemsDone, int problems, int problemsPlanned) {

	}

	/** One seat of one shift. */
	record AssignmentJson(long id, OffsetDateTime shiftStart, OffsetDateTime shiftEnd, long checkpointId, Long staffId,
			String seat) {

	}

}
