package org.fangkong.disinfection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.disinfection.Completion;
import org.fangkong.disinfection.DisinfectionPlan;
import org.fangkong.disinfection.DisinfectionTasks;
import org.fangkong.disinfection.PlaceKind;
import org.fangkong.disinfection.PlaceRequest;
import org.fangkong.disinfection.PlaceView;
import org.fangkong.disinfection.TaskView;
import org.fangkong.shared.CurrentActor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The disinfection plan and tasks over JSON (R-ENV-1, R-ENV-2). */
@RestController
@Tag(name = "Disinfection", description = "消杀 — plan, daily tasks, completion (R-ENV-1, R-ENV-2)")
class DisinfectionApiController {

	private final DisinfectionPlan plan;

	private final DisinfectionTasks tasks;

	private final Clock clock;

	DisinfectionApiController(DisinfectionPlan plan, DisinfectionTasks tasks, Clock clock) {
		this.plan = plan;
		this.tasks = tasks;
		this.clock = clock;
	}

	@GetMapping("/api/v1/disinfection/places")
	@Operation(summary = "The places of the plan inside the caller's jurisdiction, with their frequency and closure")
	List<PlaceView> places() {
		return this.plan.places(CurrentActor.get());
	}

	@PostMapping("/api/v1/disinfection/places")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Adds a place {name, kind, jurisdictionId, address, latitude, longitude, frequencyDays, "
			+ "closedFrom, closedUntil, closureReason} (commanders, HQ staff, township officers)")
	Map<String, Long> add(@RequestBody PlaceRequest request) {
		return Map.of("id", this.plan.add(CurrentActor.get(), request));
	}

	@PutMapping("/api/v1/disinfection/places/{id}")
	@Operation(summary = "Revises a place: every field as when adding it (frequencyDays empty: the kind's; "
			+ "no jurisdictionId: it stays); its open tasks move with it (commanders, HQ staff, township officers)")
	PlaceView update(@PathVariable long id, @RequestBody PlaceRequest request) {
		this.plan.update(CurrentActor.get(), id, request);
		return this.plan.get(CurrentActor.get(), id);
	}

	@PutMapping("/api/v1/disinfection/kinds/{kind}")
	@Operation(summary = "Sets a kind's default frequency {frequencyDays} (1–30) for every place of the kind without "
			+ "its own (commanders, HQ staff)")
	Map<PlaceKind, Integer> setKindFrequency(@PathVariable String kind, @RequestBody PlaceRequest request) {
		this.plan.setKindFrequency(CurrentActor.get(), kind, request.frequencyDays());
		return this.plan.kindFrequencies();
	}

	@PostMapping("/api/v1/disinfection/places/{id}/closure")
	@Operation(summary = "Closes a market {closedFrom, closedUntil, closureReason} (both dates included; "
			+ "no dates: the closure is lifted) (commanders, HQ staff, township officers)")
	PlaceView close(@PathVariable long id, @RequestBody PlaceRequest closure) {
		this.plan.close(CurrentActor.get(), id, closure.closedFrom(), closure.closedUntil(), closure.closureReason());
		return this.plan.get(CurrentActor.get(), id);
	}

	@GetMapping("/api/v1/disinfection/tasks")
	@Operation(summary = "The tasks due on a date (default today) inside the caller's jurisdiction")
	List<TaskView> tasks(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.tasks.dueOn(CurrentActor.get(), (date != null) ? date : LocalDate.now(this.clock));
	}

	@PostMapping("/api/v1/disinfection/tasks/{id}/complete")
	@Operation(summary = "Records a task done {time (HH:mm, today; empty: now), team, agent, areaM2} "
			+ "(grid workers, township officers); 422 when done already")
	TaskView complete(@PathVariable long id, @RequestBody Completion completion) {
		this.tasks.complete(CurrentActor.get(), id, completion, null);
		return this.tasks.get(CurrentActor.get(), id);
	}

}
