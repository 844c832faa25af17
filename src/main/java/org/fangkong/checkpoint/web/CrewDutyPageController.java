package org.fangkong.checkpoint.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.checkpoint.CrewDuty;
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
 * The crew on duty at a checkpoint: read by those who direct checkpoints, kept by
 * administrators; standing duties and duties for a window, in the city's local time.
 */
@Controller
class CrewDutyPageController {

	private final Checkpoints checkpoints;

	private final CrewDuty duty;

	private final ZoneId zone;

	CrewDutyPageController(Checkpoints checkpoints, CrewDuty duty, java.time.Clock clock) {
		this.checkpoints = checkpoints;
		this.duty = duty;
		this.zone = clock.getZone();
	}

	@GetMapping("/checkpoints/{id}/crew")
	String crew(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("checkpoint", this.checkpoints.get(actor, id));
		model.addAttribute("crew", this.duty.crewOf(actor, id));
		model.addAttribute("zone", this.zone);
		return "checkpoint/crew";
	}

	@PostMapping("/checkpoints/{id}/crew")
	String assign(@PathVariable long id, @RequestParam(required = false) String username,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime validFrom,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime validUntil,
			RedirectAttributes redirect) {
		try {
			this.duty.assign(CurrentActor.get(), id,
					new CrewDuty.NewAssignment((username != null) ? username.strip() : null,
							(validFrom != null) ? validFrom.atZone(this.zone).toInstant() : null,
							(validUntil != null) ? validUntil.atZone(this.zone).toInstant() : null));
			redirect.addFlashAttribute("message", "crew.assigned");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
		}
		return "redirect:/checkpoints/" + id + "/crew";
	}

	@PostMapping("/checkpoints/{id}/crew/{assignmentId}/end")
	String end(@PathVariable long id, @PathVariable long assignmentId, RedirectAttributes redirect) {
		this.duty.end(CurrentActor.get(), id, assignmentId);
		redirect.addFlashAttribute("message", "crew.ended");
		return "redirect:/checkpoints/" + id + "/crew";
	}

}
