package org.fangkong.roster.web;

import java.net.URI;
import java.util.List;

import java.util.Date;
import java.util.Locale;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.roster.DutyShifts;
import org.fangkong.roster.Grade;
import org.fangkong.roster.Rosters;
import org.fangkong.roster.Skill;
import org.fangkong.roster.StaffPool;
import org.fangkong.shared.CurrentActor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The staff pool over JSON (issue #11 item 2). */
@RestController
@Tag(name = "Rosters", description = "排班 — duty rosters solved with Timefold Solver (R-CP-2)")
class StaffApiController {

	private final StaffPool pool;

	private final DutyShifts rosters;

	private final MessageSource messages;

	StaffApiController(StaffPool pool, DutyShifts rosters, MessageSource messages) {
		this.pool = pool;
		this.rosters = rosters;
		this.messages = messages;
	}

	@GetMapping(value = "/api/v1/staff/{id}/shifts.ics", produces = "text/calendar")
	@Operation(summary = "The person's published shifts as an iCalendar feed (RFC 5545), from 30 days ago on: the "
			+ "person themselves or a planner over them")
	ResponseEntity<String> calendar(@PathVariable long id) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//Fangkong//Duty rosters//ZH");
		Locale locale = LocaleContextHolder.getLocale();
		for (Rosters.MyShift shift : this.rosters.shiftsOf(CurrentActor.get(), id)) {
			VEvent event = new VEvent();
			event.setUid("roster-assignment-" + shift.assignmentId() + "@fangkong");
			event
				.setSummary(
						this.messages.getMessage("roster.ics.summary",
								new Object[] { shift.checkpointName(),
										this.messages.getMessage("roster.seat." + shift.seat(), null, locale) },
								locale));
			event.setLocation(shift.checkpointName());
			event.setDateStart(Date.from(shift.start()));
			event.setDateEnd(Date.from(shift.end()));
			calendar.addEvent(event);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
			.body(Biweekly.write(calendar).go());
	}

	@GetMapping("/api/v1/staff")
	@Operation(
			summary = "The staff pool of the caller's jurisdiction, optionally one checkpoint's (commanders, HQ staff)")
	List<StaffPool.StaffView> list(@RequestParam(required = false) Long checkpointId) {
		return this.pool.list(CurrentActor.get(), checkpointId);
	}

	@PostMapping("/api/v1/staff")
	@Operation(summary = "Add a person to the pool: name, grade, unit, skills, echelon, userId, checkpointId "
			+ "(a village checkpoint's own people), idNumber (optional, a resident ID: stored encrypted, shown masked; a "
			+ "person under a measure in the screening ledger is then unavailable)")
	ResponseEntity<StaffPool.StaffView> add(@RequestBody StaffJson body) {
		StaffPool.StaffView created = this.pool.add(CurrentActor.get(),
				new StaffPool.NewStaff(body.name(), body.grade(), body.unit(), body.skills(), body.echelon(),
						body.userId(), body.checkpointId(), 0, body.idNumber()));
		return ResponseEntity.created(URI.create("/api/v1/staff/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/staff/{id}")
	@Operation(summary = "One person of the pool with the times they are unavailable; outside the scope 404")
	StaffPool.StaffDetail get(@PathVariable long id) {
		return this.pool.get(CurrentActor.get(), id);
	}

	@org.springframework.web.bind.annotation.PutMapping("/api/v1/staff/{id}/preferences")
	@Operation(summary = "Set a person's preferences {noNights, daysOff: [\"SATURDAY\", …]}, a soft rule of the solver")
	StaffPool.StaffView prefer(@PathVariable long id, @RequestBody StaffPool.Preferences body) {
		return this.pool.prefer(CurrentActor.get(), id,
				(body != null) ? body : new StaffPool.Preferences(false, java.util.Set.of()));
	}

	@PostMapping("/api/v1/staff/{id}/unavailability")
	@Operation(summary = "Mark a person unavailable {from, until, reason} (leave, illness)")
	ResponseEntity<StaffPool.UnavailabilityView> unavailable(@PathVariable long id,
			@RequestBody StaffPool.NewUnavailability body) {
		StaffPool.UnavailabilityView created = this.pool.markUnavailable(CurrentActor.get(), id, body);
		return ResponseEntity.created(URI.create("/api/v1/staff/" + id)).body(created);
	}

	/** A person to add. */
	record StaffJson(String name, Grade grade, String unit, java.util.Set<Skill> skills, Integer echelon, Long userId,
			Long checkpointId, String idNumber) {

	}

}
