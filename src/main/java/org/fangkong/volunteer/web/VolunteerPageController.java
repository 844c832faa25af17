package org.fangkong.volunteer.web;

import java.time.Clock;

import org.fangkong.shared.CurrentActor;
import org.fangkong.volunteer.Dispatch;
import org.fangkong.volunteer.DispatchQueries;
import org.fangkong.volunteer.OrderRefusedException;
import org.fangkong.volunteer.OrderStatus;
import org.fangkong.volunteer.Volunteers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The HQ's pages (issue #15 items 2, 3 and 5) besides the board
 * ({@link OrderFormController}): one order with its people and steps; the order list; the
 * reserve by echelon.
 */
@Controller
class VolunteerPageController {

	private final Dispatch dispatch;

	private final DispatchQueries queries;

	private final Volunteers volunteers;

	private final Clock clock;

	VolunteerPageController(Dispatch dispatch, DispatchQueries queries, Volunteers volunteers, Clock clock) {
		this.dispatch = dispatch;
		this.queries = queries;
		this.volunteers = volunteers;
		this.clock = clock;
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
