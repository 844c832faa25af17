package org.fangkong.roster.web;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.roster.Demand;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A checkpoint's demand for planners (issue #11 item 3): its shifts a day and the seats
 * of each, edited as rows (a row without a start time is left out; no rows restores the
 * defaults of its kind).
 */
@Controller
class DemandPageController {

	private final Demand demand;

	private final Checkpoints checkpoints;

	private final MessageSource messages;

	DemandPageController(Demand demand, Checkpoints checkpoints, MessageSource messages) {
		this.demand = demand;
		this.checkpoints = checkpoints;
		this.messages = messages;
	}

	@GetMapping("/rosters/demand/{checkpointId}")
	String page(@PathVariable long checkpointId, Model model) {
		Actor actor = CurrentActor.get();
		List<Demand.Shift> shifts = new ArrayList<>(this.demand.of(actor, checkpointId));
		shifts.add(null);
		model.addAttribute("checkpoint", this.checkpoints.get(actor, checkpointId));
		model.addAttribute("shifts", shifts);
		return "roster/demand";
	}

	@PostMapping("/rosters/demand/{checkpointId}")
	String save(@PathVariable long checkpointId, @RequestParam(required = false) List<String> start,
			@RequestParam(required = false) List<Integer> hours, @RequestParam(required = false) List<Integer> leaders,
			@RequestParam(required = false) List<Integer> medics, @RequestParam(required = false) List<Integer> others,
			@RequestParam(required = false) List<Integer> village, RedirectAttributes redirect, Locale locale) {
		List<Demand.Shift> shifts = new ArrayList<>();
		try {
			for (int i = 0; start != null && i < start.size(); i++) {
				if (start.get(i) == null || start.get(i).isBlank()) {
					continue;
				}
				shifts.add(new Demand.Shift(LocalTime.parse(start.get(i)), at(hours, i), at(leaders, i), at(medics, i),
						at(others, i), at(village, i)));
			}
			this.demand.set(CurrentActor.get(), checkpointId, shifts);
			redirect.addFlashAttribute("message", "roster.demand.saved");
		}
		catch (java.time.format.DateTimeParseException ex) {
			redirect.addFlashAttribute("error", "roster.invalid");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems",
					ex.violations()
						.stream()
						.map((v) -> v.field() + ": "
								+ this.messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale))
						.toList());
		}
		return "redirect:/rosters/demand/" + checkpointId;
	}

	private static int at(List<Integer> values, int i) {
		return (values != null && i < values.size() && values.get(i) != null) ? values.get(i) : 0;
	}

}
