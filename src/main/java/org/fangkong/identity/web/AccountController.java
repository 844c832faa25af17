package org.fangkong.identity.web;

import org.fangkong.identity.AccessTokens;
import org.fangkong.identity.Passwords;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own account: password and personal access tokens for the API. */
@Controller
class AccountController {

	private final Passwords passwords;

	private final AccessTokens tokens;

	AccountController(Passwords passwords, AccessTokens tokens) {
		this.passwords = passwords;
		this.tokens = tokens;
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("form", new PasswordForm(null, null, null));
		return "account/password";
	}

	@PostMapping("/account/password")
	String changePassword(@ModelAttribute("form") PasswordForm form, BindingResult result,
			RedirectAttributes redirect) {
		try {
			this.passwords.changeOwn(CurrentActor.get(), form.currentPassword(), form.newPassword(),
					form.confirmation());
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			return "account/password";
		}
		redirect.addFlashAttribute("message", "account.password.changed");
		return "redirect:/";
	}

	@GetMapping("/account/tokens")
	String tokens(Model model) {
		model.addAttribute("tokens", this.tokens.list(CurrentActor.get()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new TokenForm(null, 90));
		}
		return "account/tokens";
	}

	@PostMapping("/account/tokens")
	String createToken(@ModelAttribute("form") TokenForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			AccessTokens.NewToken token = this.tokens.create(CurrentActor.get(), form.name(), form.validDays());
			redirect.addFlashAttribute("secret", token.secret());
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			return tokens(model);
		}
		return "redirect:/account/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id) {
		this.tokens.revoke(CurrentActor.get(), id);
		return "redirect:/account/tokens";
	}

	record PasswordForm(String currentPassword, String newPassword, String confirmation) {

	}

	record TokenForm(String name, Integer validDays) {

	}

}
