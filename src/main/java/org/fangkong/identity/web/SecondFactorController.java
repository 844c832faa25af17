package org.fangkong.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.fangkong.identity.SecondFactor;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor (SECURITY.md AU6): the code page of a login, and the set-up of an
 * authenticator app on one's own account.
 */
@Controller
class SecondFactorController {

	/** Wrong codes in one login before it starts again from the password. */
	static final int MAX_WRONG_CODES = 5;

	private static final String WRONG = "fangkong.secondFactorWrong";

	private final SecondFactor secondFactor;

	SecondFactorController(SecondFactor secondFactor) {
		this.secondFactor = secondFactor;
	}

	@GetMapping("/login/code")
	String codePage(HttpSession session) {
		return (session.getAttribute(SecondFactor.PENDING) != null) ? "login-code" : "redirect:/";
	}

	@PostMapping("/login/code")
	String code(@RequestParam(required = false) String code, HttpServletRequest request, Model model) {
		HttpSession session = request.getSession();
		if (session.getAttribute(SecondFactor.PENDING) == null) {
			return "redirect:/";
		}
		if (this.secondFactor.verify(CurrentActor.get().userId(), code)) {
			session.removeAttribute(SecondFactor.PENDING);
			session.removeAttribute(WRONG);
			request.changeSessionId();
			return "redirect:/";
		}
		int wrong = ((session.getAttribute(WRONG) instanceof Integer count) ? count : 0) + 1;
		if (wrong >= MAX_WRONG_CODES) {
			session.invalidate();
			return "redirect:/login?error";
		}
		session.setAttribute(WRONG, wrong);
		model.addAttribute("error", "login.code.wrong");
		return "login-code";
	}

	@GetMapping("/account/second-factor")
	String setUp(Model model) {
		Actor actor = CurrentActor.get();
		boolean enabled = this.secondFactor.isEnabled(actor.userId());
		model.addAttribute("enabled", enabled);
		model.addAttribute("required", this.secondFactor.isRequiredFor(actor));
		if (!enabled) {
			model.addAttribute("enrolment", this.secondFactor.begin(actor));
		}
		return "account/second-factor";
	}

	@PostMapping("/account/second-factor")
	String confirm(@RequestParam(required = false) String code, Model model, RedirectAttributes redirect) {
		try {
			this.secondFactor.confirm(CurrentActor.get(), code);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", "validation.secondFactor.code");
			return setUp(model);
		}
		redirect.addFlashAttribute("message", "account.secondFactor.enabled");
		return "redirect:/";
	}

}
