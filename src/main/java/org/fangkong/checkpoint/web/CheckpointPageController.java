package org.fangkong.checkpoint.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fangkong.checkpoint.CheckpointKind;
import org.fangkong.checkpoint.CheckpointRequest;
import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.checkpoint.CrewDuty;
import org.fangkong.checkpoint.RegistrationQueries;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The checkpoint list, filtered by kind; an htmx request gets only the table. */
@Controller
class CheckpointPageController {

	private final Checkpoints checkpoints;

	private final Jurisdictions jurisdictions;

	private final CrewDuty duty;

	private final RegistrationQueries queries;

	CheckpointPageController(Checkpoints checkpoints, Jurisdictions jurisdictions, CrewDuty duty,
			RegistrationQueries queries) {
		this.queries = queries;
		this.checkpoints = checkpoints;
		this.jurisdictions = jurisdictions;
		this.duty = duty;
	}

	@GetMapping("/checkpoints/new")
	String newForm(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CheckpointRequest(null, null, "VILLAGE", null, null, null, null));
		}
		return form(model);
	}

	@PostMapping("/checkpoints/new")
	String create(@ModelAttribute("form") CheckpointRequest form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			CheckpointView created = this.checkpoints.create(CurrentActor.get(), form);
			redirect.addFlashAttribute("message", "checkpoint.created");
			return "redirect:/checkpoints?kind=" + created.kind();
		}
		catch (InvalidInputException ex) {
			ex.violations().forEach((v) -> result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
			return form(model);
		}
	}

	private String form(Model model) {
		Actor actor = CurrentActor.get();
		if (!actor.has(Role.ADMIN)) {
			throw new ForbiddenException(actor.username() + " may not add checkpoints");
		}
		model.addAttribute("kinds", CheckpointKind.values());
		model.addAttribute("parents",
				this.checkpoints.all().stream().filter((c) -> c.kind() != CheckpointKind.SUB).toList());
		model.addAttribute("nodes",
				this.jurisdictions.all()
					.stream()
					.filter((n) -> n.kind() != org.fangkong.jurisdiction.NodeKind.HOUSEHOLD)
					.toList());
		return "checkpoint/new";
	}

	@GetMapping("/checkpoints")
	String list(@RequestParam(required = false) CheckpointKind kind, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		Actor actor = CurrentActor.get();
		List<CheckpointView> all = this.checkpoints.visibleTo(actor, null);
		Map<Long, String> nodeNames = this.jurisdictions.visibleNodes(actor)
			.stream()
			.collect(Collectors.toMap(JurisdictionView::id, JurisdictionView::name, (a, b) -> a));
		Map<CheckpointKind, Long> counts = all.stream()
			.collect(Collectors.groupingBy(CheckpointView::kind, Collectors.counting()));
		model.addAttribute("kind", kind);
		model.addAttribute("counts", counts);
		model.addAttribute("total", all.size());
		List<CheckpointView> shown = all.stream().filter((c) -> kind == null || c.kind() == kind).toList();
		model.addAttribute("checkpoints", shown);
		model.addAttribute("dayReadable", this.queries.dayReadable(actor, shown));
		model.addAttribute("nodeNames", nodeNames);
		model.addAttribute("served", this.duty.servedBy(actor));
		return (htmx != null) ? "checkpoint/list :: table" : "checkpoint/list";
	}

}
