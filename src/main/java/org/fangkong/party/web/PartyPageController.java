package org.fangkong.party.web;

import java.math.BigDecimal;

import org.fangkong.party.CadreNotes;
import org.fangkong.party.PartyAccess;
import org.fangkong.party.PartyBranches;
import org.fangkong.party.PartyFunds;
import org.fangkong.party.PartyViews.FundRequest;
import org.fangkong.party.PartyViews.NewCadreNote;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.UnprocessableRequestException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The party pages: branches, flags, funds and commendations; a fund's ledger; cadre
 * notes.
 */
@Controller
class PartyPageController {

	private final PartyBranches branches;

	private final PartyFunds funds;

	private final CadreNotes notes;

	private final PartyAccess access;

	PartyPageController(PartyBranches branches, PartyFunds funds, CadreNotes notes, PartyAccess access) {
		this.branches = branches;
		this.funds = funds;
		this.notes = notes;
		this.access = access;
	}

	@GetMapping("/party")
	String overview(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("branches", this.branches.list(actor));
		model.addAttribute("funds", this.funds.list(actor));
		model.addAttribute("commendations", this.branches.commendations(actor));
		model.addAttribute("readsNotes", this.notes.reads(actor));
		model.addAttribute("keeps", this.access.keeps(actor));
		return "party/overview";
	}

	@GetMapping("/party/funds/{id}")
	String fund(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("fund", this.funds.get(actor, id));
		model.addAttribute("keeps", this.access.keeps(actor));
		return "party/fund";
	}

	@PostMapping("/party/funds/{id}/spend")
	String spend(@PathVariable long id, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) String purpose, RedirectAttributes redirect) {
		try {
			this.funds.spend(CurrentActor.get(), id, new FundRequest(amount, purpose));
			redirect.addFlashAttribute("message", "party.spent");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
		}
		catch (UnprocessableRequestException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/party/funds/" + id;
	}

	@PostMapping("/party/funds")
	String open(@RequestParam(required = false) String name, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) String purpose, RedirectAttributes redirect) {
		try {
			long id = this.funds.open(CurrentActor.get(), name, new FundRequest(amount, purpose)).id();
			redirect.addFlashAttribute("message", "party.fundOpened");
			return "redirect:/party/funds/" + id;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
			return "redirect:/party";
		}
	}

	@PostMapping("/party/funds/{id}/allocate")
	String allocate(@PathVariable long id, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) String purpose, RedirectAttributes redirect) {
		try {
			this.funds.allocate(CurrentActor.get(), id, new FundRequest(amount, purpose));
			redirect.addFlashAttribute("message", "party.allocated");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
		}
		return "redirect:/party/funds/" + id;
	}

	@GetMapping("/party/cadre-notes")
	String cadreNotes(Model model) {
		model.addAttribute("notes", this.notes.list(CurrentActor.get()));
		return "party/cadre-notes";
	}

	@PostMapping("/party/cadre-notes")
	String writeNote(@RequestParam(required = false) String cadreName, @RequestParam(required = false) String position,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			this.notes.write(CurrentActor.get(), new NewCadreNote(cadreName, position, note));
			redirect.addFlashAttribute("message", "party.noteWritten");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
		}
		return "redirect:/party/cadre-notes";
	}

}
