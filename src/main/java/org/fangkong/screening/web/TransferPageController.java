package org.fangkong.screening.web;

import java.util.List;
import java.util.Map;

import org.fangkong.screening.PersonTransfers;
import org.fangkong.screening.PersonTransfers.TransferView;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.platform.DisplayNames;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of transfer requests (issue #9 item 1): a township officer, HQ staff or the
 * commander sees the requests whose sending or receiving grid they cover; the sending
 * side approves, either side rejects. Same service as {@link TransferApiController}.
 */
@Controller
class TransferPageController {

	private final PersonTransfers transfers;

	/**
	 * Optional: identity implements it; a module test without identity shows usernames.
	 */
	private final ObjectProvider<DisplayNames> names;

	TransferPageController(PersonTransfers transfers, ObjectProvider<DisplayNames> names) {
		this.transfers = transfers;
		this.names = names;
	}

	@GetMapping("/screening/transfers")
	String page(Model model) {
		List<TransferView> pending = this.transfers.pending(CurrentActor.get());
		model.addAttribute("transfers", pending);
		List<String> requesters = pending.stream().map(TransferView::requestedBy).toList();
		DisplayNames displayNames = this.names.getIfAvailable();
		model.addAttribute("names", (displayNames != null) ? displayNames.of(requesters) : Map.of());
		return "screening/transfers";
	}

	@PostMapping("/screening/transfers/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		this.transfers.approve(CurrentActor.get(), id);
		redirect.addFlashAttribute("message", "transfer.approved");
		return "redirect:/screening/transfers";
	}

	@PostMapping("/screening/transfers/{id}/reject")
	String reject(@PathVariable long id, RedirectAttributes redirect) {
		this.transfers.reject(CurrentActor.get(), id);
		redirect.addFlashAttribute("message", "transfer.rejected");
		return "redirect:/screening/transfers";
	}

}
