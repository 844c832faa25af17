package org.fangkong.publicity.web;

import org.fangkong.publicity.IncidentRequest;
import org.fangkong.publicity.IncidentSource;
import org.fangkong.publicity.IncidentStatus;
import org.fangkong.publicity.IncidentView;
import org.fangkong.publicity.OpinionIncidents;
import org.fangkong.publicity.Releases;
import org.fangkong.publicity.RiskLevel;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.platform.DisplayNames;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public-opinion pages: the incidents with a form to record one, one incident. */
@Controller
class OpinionPageController {

	private final OpinionIncidents incidents;

	private final Releases releases;

	private final DisplayNames names;

	OpinionPageController(OpinionIncidents incidents, Releases releases, DisplayNames names) {
		this.incidents = incidents;
		this.releases = releases;
		this.names = names;
	}

	@GetMapping("/publicity/opinion")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new IncidentRequest("WEIBO", null, null, "MEDIUM", false));
		}
		return listPage(CurrentActor.get(), page, model);
	}

	@PostMapping("/publicity/opinion")
	String report(@ModelAttribute("form") IncidentRequest form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		try {
			long id = this.incidents.report(actor, form);
			redirect.addFlashAttribute("message", "opinion.reported");
			return "redirect:/publicity/opinion/" + id;
		}
		catch (InvalidInputException ex) {
			ex.violations().forEach((v) -> result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
			return listPage(actor, 0, model);
		}
	}

	@GetMapping("/publicity/opinion/{id}")
	String incident(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		IncidentView incident = this.incidents.get(actor, id);
		model.addAttribute("incident", incident);
		java.util.List<String> who = new java.util.ArrayList<>();
		who.add(incident.reportedBy());
		incident.actions().forEach((a) -> who.add(a.takenBy()));
		model.addAttribute("names", this.names.of(who));
		model.addAttribute("statuses", new IncidentStatus[] { IncidentStatus.HANDLING, IncidentStatus.CLOSED });
		model.addAttribute("approved", this.releases.published(100));
		return "publicity/incident";
	}

	@PostMapping("/publicity/opinion/{id}/actions")
	String act(@PathVariable long id, @RequestParam(required = false) String action,
			@RequestParam(required = false) String status, Model model, RedirectAttributes redirect) {
		try {
			this.incidents.act(CurrentActor.get(), id, action, status);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("actionError", ex.violations().get(0).messageKey());
			return incident(id, model);
		}
		redirect.addFlashAttribute("message", "opinion.actionRecorded");
		return "redirect:/publicity/opinion/" + id;
	}

	@PostMapping("/publicity/opinion/{id}/rebuttal")
	String rebut(@PathVariable long id, @RequestParam(required = false) Long releaseId, Model model,
			RedirectAttributes redirect) {
		try {
			this.incidents.rebut(CurrentActor.get(), id, releaseId);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("rebuttalError", ex.violations().get(0).messageKey());
			return incident(id, model);
		}
		redirect.addFlashAttribute("message", "opinion.rebutted");
		return "redirect:/publicity/opinion/" + id;
	}

	private String listPage(Actor actor, int page, Model model) {
		model.addAttribute("incidents", this.incidents.list(actor, page));
		model.addAttribute("sources", IncidentSource.values());
		model.addAttribute("risks", RiskLevel.values());
		return "publicity/opinion";
	}

}
