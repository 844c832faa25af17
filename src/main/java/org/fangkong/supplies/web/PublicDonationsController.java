package org.fangkong.supplies.web;

import org.fangkong.supplies.Donations;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public disclosure of donations (issue #17 item 3; 公开): what was received, from whom
 * unless the donor asked to stay anonymous, and where it went. No login.
 */
@Controller
class PublicDonationsController {

	private final Donations donations;

	PublicDonationsController(Donations donations) {
		this.donations = donations;
	}

	@GetMapping("/public/donations")
	String page(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("disclosure", this.donations.publicDisclosure(page));
		return "supplies/public";
	}

}
