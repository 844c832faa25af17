package org.fangkong.medical.web;

import org.fangkong.medical.Referrals;
import org.fangkong.shared.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The medics' referral list. */
@Controller
class ReferralController {

	private final Referrals referrals;

	ReferralController(Referrals referrals) {
		this.referrals = referrals;
	}

	@GetMapping("/medical/referrals")
	String page(Model model) {
		model.addAttribute("referrals", this.referrals.visibleTo(CurrentActor.get()));
		return "medical/referrals";
	}

	@GetMapping("/medical/referrals/{id}")
	String referral(@PathVariable long id, Model model) {
		model.addAttribute("referral", this.referrals.get(CurrentActor.get(), id));
		return "medical/referral";
	}

	@PostMapping("/medical/referrals/{id}/receive")
	String receive(@PathVariable long id, RedirectAttributes redirect) {
		this.referrals.receive(CurrentActor.get(), id);
		redirect.addFlashAttribute("message", "medical.received");
		return "redirect:/medical/referrals";
	}

}
