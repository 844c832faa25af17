package org.fangkong.volunteer.web;

import java.time.Clock;

import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.volunteer.Dispatch;
import org.fangkong.volunteer.DispatchQueries;
import org.fangkong.volunteer.OrderRefusedException;
import org.fangkong.volunteer.Volunteers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The volunteer's phone page (issue #15 item 4): my orders with the steps I may take
 * (accept, decline, check in, complete with a note) and my hours this month. A refused
 * step comes back as the page's message.
 */
@Controller
class MyOrdersPageController {

	private final Dispatch dispatch;

	private final DispatchQueries queries;

	private final Volunteers volunteers;

	private final Clock clock;

	MyOrdersPageController(Dispatch dispatch, DispatchQueries queries, Volunteers volunteers, Clock clock) {
		this.dispatch = dispatch;
		this.queries = queries;
		this.volunteers = volunteers;
		this.clock = clock;
	}

	@GetMapping("/my-orders")
	String mine(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("registered", this.volunteers.myId(actor).isPresent());
		model.addAttribute("orders", this.queries.myOrders(actor));
		model.addAttribute("hours", this.queries.hoursThisMonth(actor));
		model.addAttribute("zone", this.clock.getZone());
		return "volunteer/my-orders";
	}

	@PostMapping("/my-orders/{id}/accept")
	String accept(@PathVariable long id, RedirectAttributes redirect) {
		return step(redirect, "order.done.accepted", () -> this.dispatch.accept(CurrentActor.get(), id));
	}

	@PostMapping("/my-orders/{id}/decline")
	String decline(@PathVariable long id, RedirectAttributes redirect) {
		return step(redirect, "order.done.declined", () -> this.dispatch.decline(CurrentActor.get(), id));
	}

	@PostMapping("/my-orders/{id}/check-in")
	String checkIn(@PathVariable long id, RedirectAttributes redirect) {
		return step(redirect, "order.done.checkedIn", () -> this.dispatch.checkIn(CurrentActor.get(), id));
	}

	@PostMapping("/my-orders/{id}/complete")
	String complete(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(redirect, "order.done.completed", () -> this.dispatch.complete(CurrentActor.get(), id, note));
	}

	private static String step(RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (OrderRefusedException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
		}
		return "redirect:/my-orders";
	}

}
