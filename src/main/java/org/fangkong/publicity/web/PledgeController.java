package org.fangkong.publicity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fangkong.publicity.Pledges;
import org.fangkong.publicity.Pledges.PledgeRequest;
import org.fangkong.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public pledge page (R-PUB-4): the form with its challenge, the live counter (a
 * fragment the page polls with htmx), and the pledge itself (post-redirect-get).
 */
@Controller
class PledgeController {

	private final Pledges pledges;

	PledgeController(Pledges pledges) {
		this.pledges = pledges;
	}

	@GetMapping("/pledge")
	String page(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new PledgeRequest(null, null, null, null));
		}
		return page(model, 200, null);
	}

	@GetMapping("/pledge/count")
	String count(Model model) {
		model.addAttribute("count", this.pledges.count());
		return "public/pledge :: counter";
	}

	@PostMapping("/pledge")
	String take(@ModelAttribute("form") PledgeRequest form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.pledges.take(form, request.getRemoteAddr());
		}
		catch (InvalidInputException ex) {
			ex.violations().forEach((v) -> result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, 400, null);
		}
		catch (Pledges.RateLimitedException ex) {
			response.setStatus(429);
			return page(model, 429, "pledge.tooMany");
		}
		redirect.addFlashAttribute("pledged", true);
		return "redirect:/pledge";
	}

	private String page(Model model, int status, String error) {
		model.addAttribute("count", this.pledges.count());
		model.addAttribute("townships", this.pledges.townships());
		model.addAttribute("challenge", this.pledges.challenge());
		model.addAttribute("difficulty", this.pledges.difficulty());
		if (error != null) {
			model.addAttribute("error", error);
		}
		return "public/pledge";
	}

}
