package org.fangkong.roster.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.roster.DutyShifts;
import org.fangkong.roster.RosterSwaps;
import org.fangkong.roster.Rosters;
import org.fangkong.roster.StaffPool;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The planners' roster pages (issue #11 item 5): the list with a form to create one, and
 * a roster's plan per checkpoint and day with the progress while solving (htmx polling),
 * stop, pin and publish.
 */
@Controller
class RosterPageController {

	private final Rosters rosters;

	private final DutyShifts shifts;

	private final RosterSwaps swaps;

	private final StaffPool pool;

	private final Checkpoints checkpoints;

	private final Clock clock;

	RosterPageController(Rosters rosters, DutyShifts shifts, RosterSwaps swaps, StaffPool pool, Checkpoints checkpoints,
			Clock clock) {
		this.rosters = rosters;
		this.shifts = shifts;
		this.swaps = swaps;
		this.pool = pool;
		this.checkpoints = checkpoints;
		this.clock = clock;
	}

	@GetMapping("/rosters")
	String list(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("rosters", this.rosters.list(actor));
		model.addAttribute("checkpoints", this.checkpoints.visibleTo(actor, null));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "roster/rosters";
	}

	@PostMapping("/rosters")
	String create(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) List<Long> checkpointIds, RedirectAttributes redirect) {
		try {
			long id = this.rosters.create(CurrentActor.get(), new Rosters.NewRoster(from, to, checkpointIds)).id();
			return "redirect:/rosters/" + id;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "roster.invalid");
			return "redirect:/rosters";
		}
	}

	@GetMapping("/rosters/{id}")
	String roster(@PathVariable long id, @RequestParam(required = false) Long checkpoint,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		Rosters.RosterDetail detail = this.rosters.get(CurrentActor.get(), id);
		List<CheckpointView> covered = detail.roster()
			.checkpointIds()
			.stream()
			.map(this.checkpoints::find)
			.flatMap(java.util.Optional::stream)
			.sorted(java.util.Comparator.comparing(CheckpointView::kind).thenComparing(CheckpointView::id))
			.toList();
		long shown = (checkpoint != null && detail.roster().checkpointIds().contains(checkpoint)) ? checkpoint
				: covered.isEmpty() ? Rosters.HOTLINE : covered.get(0).id();
		model.addAttribute("hotline", detail.roster().checkpointIds().contains(Rosters.HOTLINE));
		LocalDate shownDay = (day != null && !day.isBefore(detail.roster().from())
				&& !day.isAfter(detail.roster().to())) ? day : detail.roster().from();
		List<Rosters.AssignmentView> rows = detail.assignments()
			.stream()
			.filter((a) -> a.checkpointId() == shown
					&& a.shiftStart().atZone(this.clock.getZone()).toLocalDate().equals(shownDay))
			.toList();
		Set<Long> ids = rows.stream()
			.map(Rosters.AssignmentView::staffId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toCollection(HashSet::new));
		model.addAttribute("roster", detail.roster());
		model.addAttribute("progress", detail.progress());
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("checkpoints", covered);
		model.addAttribute("shownCheckpoint", shown);
		model.addAttribute("shownDay", shownDay);
		model.addAttribute("days", detail.roster().from().datesUntil(detail.roster().to().plusDays(1)).toList());
		model.addAttribute("shifts",
				rows.stream()
					.collect(Collectors.groupingBy(Rosters.AssignmentView::shiftStart, java.util.TreeMap::new,
							Collectors.toList())));
		List<Rosters.AssignmentView> atCheckpoint = detail.assignments()
			.stream()
			.filter((a) -> a.checkpointId() == shown && a.staffId() != null)
			.toList();
		List<RosterSwaps.SwapView> swaps = this.swaps.list(CurrentActor.get(), id);
		atCheckpoint.forEach((a) -> ids.add(a.staffId()));
		swaps.forEach((s) -> {
			ids.add(s.staffId());
			ids.add(s.otherStaffId());
		});
		model.addAttribute("atCheckpoint", atCheckpoint);
		model.addAttribute("swaps", swaps);
		model.addAttribute("seatsById",
				detail.assignments()
					.stream()
					.collect(Collectors.toMap(Rosters.AssignmentView::id, java.util.function.Function.identity())));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("names", this.pool.namesOf(ids));
		return "roster/roster";
	}

	@GetMapping("/rosters/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		Rosters.RosterDetail detail = this.rosters.get(CurrentActor.get(), id);
		model.addAttribute("roster", detail.roster());
		model.addAttribute("progress", detail.progress());
		return "roster/roster :: progress";
	}

	@PostMapping("/rosters/{id}/solve")
	String solve(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.rosters.solve(CurrentActor.get(), id);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "roster.capacity.refused");
		}
		return "redirect:/rosters/" + id;
	}

	@PostMapping("/rosters/{id}/stop")
	String stop(@PathVariable long id) {
		this.rosters.stop(CurrentActor.get(), id);
		return "redirect:/rosters/" + id;
	}

	@PostMapping("/rosters/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		this.rosters.publish(CurrentActor.get(), id);
		redirect.addFlashAttribute("message", "roster.publishedNow");
		return "redirect:/rosters/" + id;
	}

	@PostMapping("/rosters/{id}/assignments/{assignmentId}/pin")
	String pin(@PathVariable long id, @PathVariable long assignmentId,
			@RequestParam(defaultValue = "true") boolean pinned, @RequestParam(required = false) Long checkpoint,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		this.rosters.pin(CurrentActor.get(), id, assignmentId, pinned);
		return "redirect:/rosters/" + id
				+ ((checkpoint != null && day != null) ? "?checkpoint=" + checkpoint + "&day=" + day : "");
	}

	@GetMapping("/rosters/staff")
	String staff(@RequestParam(required = false) Long checkpoint, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("staff", this.pool.list(actor, checkpoint));
		model.addAttribute("checkpoint", checkpoint);
		model.addAttribute("checkpoints", this.checkpoints.visibleTo(actor, null));
		model.addAttribute("grades", org.fangkong.roster.Grade.values());
		return "roster/staff";
	}

	@PostMapping("/rosters/staff")
	String addStaff(@RequestParam(required = false) String name,
			@RequestParam(required = false) org.fangkong.roster.Grade grade,
			@RequestParam(required = false) String unit, @RequestParam(required = false) Integer echelon,
			@RequestParam(required = false) Long checkpointId, @RequestParam(required = false) String idNumber,
			RedirectAttributes redirect) {
		try {
			this.pool.add(CurrentActor.get(),
					new StaffPool.NewStaff(name, grade, unit, null, echelon, null, checkpointId, 0, idNumber));
			redirect.addFlashAttribute("message", "roster.staff.added");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "roster.invalid");
		}
		return "redirect:/rosters/staff" + ((checkpointId != null) ? "?checkpoint=" + checkpointId : "");
	}

	@GetMapping("/rosters/staff/{id}")
	String person(@PathVariable long id, Model model) {
		model.addAttribute("detail", this.pool.get(CurrentActor.get(), id));
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("weekDays", List.of(java.time.DayOfWeek.values()));
		return "roster/person";
	}

	@PostMapping("/rosters/staff/{id}/preferences")
	String prefer(@PathVariable long id, @RequestParam(defaultValue = "false") boolean noNights,
			@RequestParam(required = false) Set<java.time.DayOfWeek> daysOff, RedirectAttributes redirect) {
		this.pool.prefer(CurrentActor.get(), id,
				new StaffPool.Preferences(noNights, (daysOff != null) ? daysOff : Set.of()));
		redirect.addFlashAttribute("message", "roster.preferences.saved");
		return "redirect:/rosters/staff/" + id;
	}

	@PostMapping("/rosters/staff/{id}/unavailability")
	String unavailable(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) java.time.LocalDateTime from,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) java.time.LocalDateTime until,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			this.pool.markUnavailable(CurrentActor.get(), id,
					new StaffPool.NewUnavailability(
							(from != null) ? from.atZone(this.clock.getZone()).toInstant() : null,
							(until != null) ? until.atZone(this.clock.getZone()).toInstant() : null, reason));
			redirect.addFlashAttribute("message", "roster.unavailable.added");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "roster.invalid");
		}
		return "redirect:/rosters/staff/" + id;
	}

	@GetMapping("/my-shifts")
	String myShifts(Model model) {
		List<Rosters.MyShift> mine = this.shifts.myShifts(CurrentActor.get());
		model.addAttribute("shifts", mine);
		java.util.Map<Long, List<RosterSwaps.SwapOption>> options = new java.util.HashMap<>();
		mine.forEach((s) -> options.put(s.assignmentId(), this.swaps.optionsFor(CurrentActor.get(), s.assignmentId())));
		model.addAttribute("swapOptions", options);
		model.addAttribute("zone", this.clock.getZone());
		return "roster/my-shifts";
	}

	/**
	 * Who answers the hotline now and next (a fragment the hotline's page includes with
	 * htmx, so that hotline does not depend on roster).
	 */
	@GetMapping("/rosters/hotline-on-duty")
	String onHotline(Model model) {
		List<Rosters.AssignmentView> duty = this.shifts.onHotline(CurrentActor.get());
		model.addAttribute("duty", duty);
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("names", this.pool
			.namesOf(duty.stream().map(Rosters.AssignmentView::staffId).filter(java.util.Objects::nonNull).toList()));
		model.addAttribute("hotline", true);
		return "roster/on-duty :: onDuty";
	}

	@GetMapping("/rosters/on-duty/{checkpointId}")
	String onDuty(@PathVariable long checkpointId, Model model) {
		List<Rosters.AssignmentView> duty = this.shifts.onDuty(CurrentActor.get(), checkpointId);
		model.addAttribute("duty", duty);
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("names", this.pool
			.namesOf(duty.stream().map(Rosters.AssignmentView::staffId).filter(java.util.Objects::nonNull).toList()));
		return "roster/on-duty :: onDuty";
	}

}
