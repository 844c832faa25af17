package org.fangkong.disinfection.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import org.fangkong.disinfection.Completion;
import org.fangkong.disinfection.DisinfectionPlan;
import org.fangkong.disinfection.DisinfectionRoles;
import org.fangkong.disinfection.DisinfectionTasks;
import org.fangkong.disinfection.PlaceKind;
import org.fangkong.disinfection.PlaceRequest;
import org.fangkong.disinfection.PlaceView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The disinfection pages: the day's tasks and the overdue places, a task's completion
 * form for the phone (with an optional photo), the plan with its places and closures.
 */
@Controller
class DisinfectionPageController {

	private final DisinfectionPlan plan;

	private final DisinfectionTasks tasks;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	DisinfectionPageController(DisinfectionPlan plan, DisinfectionTasks tasks, Jurisdictions jurisdictions,
			Clock clock) {
		this.plan = plan;
		this.tasks = tasks;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	@GetMapping("/disinfection")
	String today(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		Actor actor = CurrentActor.get();
		LocalDate day = (date != null) ? date : LocalDate.now(this.clock);
		model.addAttribute("day", day);
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("tasks", this.tasks.dueOn(actor, day));
		model.addAttribute("overdue", this.tasks.overdue(actor));
		model.addAttribute("points", this.tasks.map(actor, day)
			.stream()
			.map((p) -> p.name().replaceAll("[|;]", " ") + "|" + p.latitude() + "|" + p.longitude() + "|" + p.state())
			.collect(java.util.stream.Collectors.joining(";")));
		model.addAttribute("team", DisinfectionRoles.completes(actor));
		model.addAttribute("planner", DisinfectionRoles.plans(actor));
		return "disinfection/today";
	}

	@GetMapping("/disinfection/tasks/{id}")
	String task(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CompletionForm(null, null, null, null, null));
		}
		return taskPage(actor, id, model);
	}

	@PostMapping("/disinfection/tasks/{id}/complete")
	String complete(@PathVariable long id, @ModelAttribute("form") CompletionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) throws IOException {
		Actor actor = CurrentActor.get();
		try {
			MultipartFile photo = form.photo();
			byte[] bytes = (photo != null && !photo.isEmpty()) ? photo.getBytes() : null;
			this.tasks.complete(actor, id, new Completion(form.time(), form.team(), form.agent(), form.areaM2()),
					bytes);
		}
		catch (InvalidInputException ex) {
			ex.violations().forEach((v) -> result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
			return taskPage(actor, id, model);
		}
		redirect.addFlashAttribute("message", "disinfection.completed");
		return "redirect:/disinfection";
	}

	@GetMapping("/disinfection/tasks/{id}/photo")
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(this.tasks.photo(CurrentActor.get(), id));
	}

	@GetMapping("/disinfection/places")
	String places(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new PlaceRequest(null, PlaceKind.GARBAGE_POINT.name(), null, null, null, null,
					null, null, null, null));
		}
		return placesPage(CurrentActor.get(), model);
	}

	@PostMapping("/disinfection/places")
	String add(@ModelAttribute("form") PlaceRequest form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		if (result.hasErrors()) {
			return placesPage(actor, model);
		}
		try {
			this.plan.add(actor, form);
		}
		catch (InvalidInputException ex) {
			ex.violations().forEach((v) -> result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
			return placesPage(actor, model);
		}
		redirect.addFlashAttribute("message", "disinfection.placeAdded");
		return "redirect:/disinfection/places";
	}

	@GetMapping("/disinfection/places/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		PlaceView p = this.plan.editable(actor, id);
		model.addAttribute("form",
				new PlaceRequest(p.name(), p.kind().name(), p.jurisdictionId(), p.address(), p.latitude(),
						p.longitude(), p.ownFrequency() ? p.frequencyDays() : null, p.closedFrom(), p.closedUntil(),
						p.closureReason()));
		return editPage(actor, p, model);
	}

	@PostMapping("/disinfection/places/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") PlaceRequest form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		PlaceView place = this.plan.editable(actor, id);
		if (result.hasErrors()) {
			return editPage(actor, place, model);
		}
		try {
			this.plan.update(actor, id, form);
		}
		catch (InvalidInputException ex) {
			ex.violations().forEach((v) -> result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
			return editPage(actor, place, model);
		}
		redirect.addFlashAttribute("message", "disinfection.placeSaved");
		return "redirect:/disinfection/places";
	}

	@PostMapping("/disinfection/kinds")
	String setKindFrequency(@RequestParam(required = false) String kind,
			@RequestParam(required = false) String frequencyDays, RedirectAttributes redirect) {
		try {
			this.plan.setKindFrequency(CurrentActor.get(), kind, number(frequencyDays));
			redirect.addFlashAttribute("message", "disinfection.kindSaved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "kind".equals(ex.violations().get(0).field()) ? "validation.unknown"
					: "disinfection.kindFrequencyRange");
		}
		return "redirect:/disinfection/places";
	}

	private static Integer number(String text) {
		try {
			return (text == null || text.isBlank()) ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of("frequencyDays", "validation.range", 1, 30);
		}
	}

	@PostMapping("/disinfection/places/{id}/closure")
	String close(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedUntil,
			@RequestParam(required = false) String closureReason, RedirectAttributes redirect) {
		try {
			this.plan.close(CurrentActor.get(), id, closedFrom, closedUntil, closureReason);
			redirect.addFlashAttribute("message", "disinfection.closureSaved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
		}
		return "redirect:/disinfection/places";
	}

	private String taskPage(Actor actor, long id, Model model) {
		model.addAttribute("task", this.tasks.get(actor, id));
		model.addAttribute("team", DisinfectionRoles.completes(actor));
		return "disinfection/task";
	}

	private String editPage(Actor actor, PlaceView place, Model model) {
		model.addAttribute("place", place);
		model.addAttribute("frequencies", this.plan.kindFrequencies());
		model.addAttribute("kinds", PlaceKind.values());
		java.util.List<org.fangkong.jurisdiction.JurisdictionView> nodes = new java.util.ArrayList<>(nodes(actor));
		if (nodes.stream().noneMatch((n) -> n.id() == place.jurisdictionId())) {
			this.jurisdictions.find(place.jurisdictionId()).ifPresent((n) -> nodes.add(0, n));
		}
		model.addAttribute("nodes", nodes);
		return "disinfection/place-form";
	}

	private java.util.List<org.fangkong.jurisdiction.JurisdictionView> nodes(Actor actor) {
		return this.jurisdictions.visibleNodes(actor)
			.stream()
			.filter((n) -> n.kind().name().equals("TOWNSHIP") || n.isGrid())
			.toList();
	}

	private String placesPage(Actor actor, Model model) {
		model.addAttribute("places", this.plan.places(actor));
		model.addAttribute("frequencies", this.plan.kindFrequencies());
		model.addAttribute("kinds", PlaceKind.values());
		model.addAttribute("nodes", nodes(actor));
		model.addAttribute("planner", DisinfectionRoles.plans(actor));
		model.addAttribute("setsDefaults", DisinfectionRoles.setsDefaults(actor));
		return "disinfection/places";
	}

	/** The completion form: time of day, team, agent, area, an optional photo. */
	record CompletionForm(@DateTimeFormat(pattern = "HH:mm") LocalTime time, String team, String agent, Integer areaM2,
			MultipartFile photo) {

	}

}
