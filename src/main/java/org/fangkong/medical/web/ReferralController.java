package org.fangkong.medical.web;

import java.util.function.Supplier;

import org.fangkong.medical.BedKind;
import org.fangkong.medical.Facilities;
import org.fangkong.medical.FacilityEditing;
import org.fangkong.medical.ReferralOutcome;
import org.fangkong.medical.ReferralPath;
import org.fangkong.medical.ReferralStatus;
import org.fangkong.medical.Referrals;
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
 * The medics' pages (issue #12): the referral list with its filters, one referral with
 * the step the medic takes next (receive, outcome, admit, discharge), and the facilities
 * with their beds and the expert team.
 */
@Controller
class ReferralController {

	private final Referrals referrals;

	private final ReferralPath path;

	private final Facilities facilities;

	private final FacilityEditing editing;

	ReferralController(Referrals referrals, ReferralPath path, Facilities facilities, FacilityEditing editing) {
		this.referrals = referrals;
		this.path = path;
		this.facilities = facilities;
		this.editing = editing;
	}

	@GetMapping("/medical/referrals")
	String page(@RequestParam(required = false) ReferralStatus status,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Referrals.ReferralPage list = this.referrals.list(CurrentActor.get(), status, overdue, page);
		model.addAttribute("list", list);
		model.addAttribute("referrals", list.rows());
		model.addAttribute("status", status);
		model.addAttribute("overdue", overdue);
		model.addAttribute("statuses", ReferralStatus.values());
		return "medical/referrals";
	}

	@GetMapping("/medical/referrals/{id}")
	String referral(@PathVariable long id, Model model) {
		model.addAttribute("referral", this.referrals.get(CurrentActor.get(), id));
		model.addAttribute("facilities", this.facilities.visibleTo(CurrentActor.get()));
		model.addAttribute("outcomes", ReferralOutcome.values());
		model.addAttribute("bedKinds", BedKind.values());
		return "medical/referral";
	}

	@PostMapping("/medical/referrals/{id}/receive")
	String receive(@PathVariable long id, @RequestParam(required = false) Long clinicId, RedirectAttributes redirect) {
		return step(id, redirect, "medical.received", () -> this.path.receive(CurrentActor.get(), id, clinicId));
	}

	@PostMapping("/medical/referrals/{id}/outcome")
	String outcome(@PathVariable long id, @RequestParam(required = false) ReferralOutcome outcome,
			@RequestParam(required = false) Long facilityId, @RequestParam(required = false) BedKind bedKind,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(id, redirect, "medical.outcomeSaved", () -> this.path.outcome(CurrentActor.get(), id,
				new ReferralPath.OutcomeRequest(outcome, facilityId, bedKind, note)));
	}

	@PostMapping("/medical/referrals/{id}/admit")
	String admit(@PathVariable long id, @RequestParam(required = false) Long facilityId,
			@RequestParam(required = false) BedKind bedKind, RedirectAttributes redirect) {
		return step(id, redirect, "medical.admitted",
				() -> this.path.admit(CurrentActor.get(), id, new ReferralPath.AdmitRequest(facilityId, bedKind)));
	}

	@PostMapping("/medical/referrals/{id}/discharge")
	String discharge(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(id, redirect, "medical.discharged", () -> this.path.discharge(CurrentActor.get(), id, note));
	}

	@GetMapping("/medical/facilities")
	String facilities(Model model) {
		model.addAttribute("facilities", this.facilities.visibleTo(CurrentActor.get()));
		model.addAttribute("teams", this.facilities.expertTeams(CurrentActor.get()));
		model.addAttribute("mayEdit", this.editing.mayEdit(CurrentActor.get()));
		return "medical/facilities";
	}

	/**
	 * Takes a step and comes back to the referral with the outcome in words: the message,
	 * or the reason it was refused (nothing changed then).
	 */
	private static String step(long id, RedirectAttributes redirect, String done, Supplier<?> step) {
		try {
			step.get();
			redirect.addFlashAttribute("message", done);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
		}
		catch (UnprocessableRequestException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		return "redirect:/medical/referrals/" + id;
	}

}
