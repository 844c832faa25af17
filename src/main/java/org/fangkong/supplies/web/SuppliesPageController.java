package org.fangkong.supplies.web;

import java.math.BigDecimal;
import java.util.List;

import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.UnprocessableRequestException;
import org.fangkong.supplies.DonationKind;
import org.fangkong.supplies.Donations;
import org.fangkong.supplies.DonorKind;
import org.fangkong.supplies.NewDonation;
import org.fangkong.supplies.NewMovement;
import org.fangkong.supplies.NewPlace;
import org.fangkong.supplies.PlaceKind;
import org.fangkong.supplies.Stock;
import org.fangkong.supplies.StockLevels;
import org.fangkong.supplies.SupplyPages;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The keepers' pages: stock on hand with the movement form, donations with the receiving
 * form, one donation with where its goods went, and its receipt.
 */
@Controller
class SuppliesPageController {

	private final SupplyPages pages;

	private final Stock stock;

	private final Donations donations;

	private final StockLevels levels;

	SuppliesPageController(SupplyPages pages, Stock stock, Donations donations, StockLevels levels) {
		this.pages = pages;
		this.stock = stock;
		this.donations = donations;
		this.levels = levels;
	}

	@GetMapping("/supplies/stock")
	String stock(@RequestParam(required = false) Long placeId, @RequestParam(defaultValue = "false") boolean low,
			Model model) {
		model.addAttribute("view", this.pages.stockPage(CurrentActor.get(), placeId, low));
		model.addAttribute("placeKinds",
				java.util.List.of(PlaceKind.WAREHOUSE, PlaceKind.HOSPITAL, PlaceKind.TEAM, PlaceKind.TOWNSHIP));
		return "supplies/stock";
	}

	@PostMapping("/supplies/stock/movements")
	String move(MovementForm form, RedirectAttributes redirect) {
		try {
			this.stock.move(CurrentActor.get(), new NewMovement(form.itemId(), form.fromPlaceId(), form.toPlaceId(),
					form.toCheckpointId(), form.quantity(), form.donationId(), form.purchaseRef(), form.note()));
			redirect.addFlashAttribute("message", "supplies.moved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
		}
		catch (UnprocessableRequestException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/supplies/stock";
	}

	@PostMapping("/supplies/stock/places")
	String addPlace(@RequestParam(required = false) String name, @RequestParam(required = false) PlaceKind kind,
			RedirectAttributes redirect) {
		try {
			long id = this.stock.createPlace(CurrentActor.get(), new NewPlace(name, kind, null)).id();
			redirect.addFlashAttribute("message", "supplies.placeAdded");
			return "redirect:/supplies/stock?placeId=" + id;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
			return "redirect:/supplies/stock";
		}
	}

	@PostMapping("/supplies/stock/levels")
	String level(@RequestParam long itemId, @RequestParam long placeId, @RequestParam(required = false) Long lowLevel,
			RedirectAttributes redirect) {
		try {
			this.levels.set(CurrentActor.get(), itemId, placeId, lowLevel);
			redirect.addFlashAttribute("message", "supplies.levelSaved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
		}
		return "redirect:/supplies/stock?placeId=" + placeId;
	}

	@GetMapping("/supplies/donations")
	String donations(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("view", this.pages.donationsPage(CurrentActor.get(), page));
		model.addAttribute("donorKinds", DonorKind.values());
		return "supplies/donations";
	}

	@PostMapping("/supplies/donations")
	String receive(DonationForm form, RedirectAttributes redirect) {
		try {
			long id = this.donations.receive(CurrentActor.get(), form.toRequest()).id();
			redirect.addFlashAttribute("message", "supplies.received");
			return "redirect:/supplies/donations/" + id;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
			return "redirect:/supplies/donations";
		}
	}

	@GetMapping("/supplies/donations/{id}")
	String donation(@PathVariable long id, Model model) {
		model.addAttribute("view", this.pages.donationPage(CurrentActor.get(), id));
		return "supplies/donation";
	}

	@GetMapping("/supplies/donations/{id}/receipt.pdf")
	ResponseEntity<byte[]> receipt(@PathVariable long id) {
		byte[] pdf = this.donations.receipt(CurrentActor.get(), id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"receipt-" + id + ".pdf\"")
			.body(pdf);
	}

	/** The movement form. */
	record MovementForm(Long itemId, Long fromPlaceId, Long toPlaceId, Long toCheckpointId, Long quantity,
			Long donationId, String purchaseRef, String note) {

	}

	/** The donation form: one line of goods, or cash. */
	record DonationForm(String donorName, DonorKind donorKind, Boolean anonymous, DonationKind kind, BigDecimal amount,
			Long placeId, Long itemId, Long quantity, String note) {

		NewDonation toRequest() {
			List<NewDonation.Line> lines = (this.kind == DonationKind.GOODS)
					? List.of(new NewDonation.Line(this.itemId, this.quantity)) : List.of();
			return new NewDonation(this.donorName, this.donorKind, this.anonymous, this.kind, this.amount, this.placeId,
					lines, (this.note != null && !this.note.isBlank()) ? this.note : null);
		}

	}

}
