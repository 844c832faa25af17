package org.fangkong.supplies.web;

import org.fangkong.shared.CurrentActor;
import org.fangkong.supplies.Stock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deliveries to the checkpoints (签收): the crew confirms on the phone what arrived; the
 * keepers see what still waits.
 */
@Controller
class DeliveriesPageController {

	private final Stock stock;

	DeliveriesPageController(Stock stock) {
		this.stock = stock;
	}

	@GetMapping("/supplies/deliveries")
	String deliveries(Model model) {
		model.addAttribute("deliveries", this.stock.deliveries(CurrentActor.get()));
		return "supplies/deliveries";
	}

	@PostMapping("/supplies/deliveries/{id}/confirm")
	String confirm(@PathVariable long id, RedirectAttributes redirect) {
		this.stock.confirm(CurrentActor.get(), id);
		redirect.addFlashAttribute("message", "supplies.confirmed");
		return "redirect:/supplies/deliveries";
	}

}
