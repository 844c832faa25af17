package org.fangkong.volunteer.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.volunteer.Dispatch;
import org.fangkong.volunteer.DispatchQueries;
import org.fangkong.volunteer.NewOrder;
import org.fangkong.volunteer.OrderRefusedException;
import org.fangkong.volunteer.OrderStatus;
import org.fangkong.volunteer.Teams;
import org.fangkong.volunteer.VolunteerSkill;
import org.fangkong.volunteer.Volunteers;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The HQ's pages (issue #15 items 2, 3 and 5): the board with the open orders, who is
 * where and who is available per echelon, and the form to issue an order; one order with
 * its people and steps; the reserve by echelon; the teams.
 */
@Controller
class VolunteerPageController {

	private final Dispatch dispatch;

	private final DispatchQueries queries;

	private final Volunteers volunteers;

	private final Teams teams;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	VolunteerPageController(Dispatch dispatch, DispatchQueries queries, Volunteers volunteers, Teams teams,
			Jurisdictions jurisdictions, Clock clock) {
		this.dispatch = dispatch;
		this.queries = queries;
		this.volunteers = volunteers;
		this.teams = teams;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	@GetMapping("/volunteers")
	String board(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("board", this.queries.board(actor));
		model.addAttribute("teams", this.teams.list(actor));
		model.addAttribute("places", VolunteerForms.places(this.jurisdictions, actor));
		model.addAttribute("skills", VolunteerSkill.values());
		model.addAttribute("start", LocalDateTime.now(this.clock).plusHours(1).withSecond(0).withNano(0));
		model.addAttribute("zone", this.clock.getZone());
		return "volunteer/board";
	}

	@PostMapping("/volunteers/orders")
	String issue(@RequestParam(required = false) String task, @RequestParam(required = false) Long jurisdictionId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to,
			@RequestParam(required = false) Integer needed, @RequestParam(required = false) Set<VolunteerSkill> skills,
			@RequestParam(required = false) String target, RedirectAttributes redirect) {
		Long teamId = null;
		Integer echelon = null;
		if (target != null && target.startsWith("team:")) {
			teamId = Long.valueOf(target.substring(5));
		}
		else if (target != null && target.startsWith("echelon:")) {
			echelon = Integer.valueOf(target.substring(8));
		}
		Actor actor = CurrentActor.get();
		try {
			Dispatch.Issued issued = this.dispatch.issue(actor,
					new NewOrder(task, (jurisdictionId != null) ? jurisdictionId : actor.jurisdictionId(), null, null,
							(from != null) ? from.atZone(this.clock.getZone()).toInstant() : null,
							(to != null) ? to.atZone(this.clock.getZone()).toInstant() : null, needed, skills, teamId,
							echelon, List.of()));
			redirect.addFlashAttribute("message", "order.done.issued");
			return "redirect:/volunteers/orders/" + issued.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
			return "redirect:/volunteers";
		}
	}

	@GetMapping("/volunteers/orders/{id}")
	String order(@PathVariable long id, Model model) {
		model.addAttribute("order", this.queries.get(CurrentActor.get(), id));
		model.addAttribute("zone", this.clock.getZone());
		return "volunteer/order";
	}

	@GetMapping("/volunteers/orders")
	String orders(@RequestParam(required = false) OrderStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("orders", this.queries.list(CurrentActor.get(), status, page));
		model.addAttribute("status", status);
		model.addAttribute("statuses", OrderStatus.values());
		model.addAttribute("zone", this.clock.getZone());
		return "volunteer/orders";
	}

	@PostMapping("/volunteers/orders/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.dispatch.cancel(CurrentActor.get(), id);
			redirect.addFlashAttribute("message", "order.done.cancelled");
		}
		catch (OrderRefusedException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/volunteers/orders/" + id;
	}

	@GetMapping("/volunteers/reserve")
	String reserve(@RequestParam(required = false) Integer echelon, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("volunteers", this.volunteers.list(CurrentActor.get(), echelon, page));
		model.addAttribute("echelon", echelon);
		model.addAttribute("echelons", this.volunteers.echelons().echelons());
		return "volunteer/reserve";
	}

}
