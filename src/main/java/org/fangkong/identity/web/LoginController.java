package org.fangkong.identity.web;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page. Whatever went wrong, it says the same thing: it never tells whether a
 * user exists (AU3).
 */
@Controller
class LoginController {

	private final boolean demo;

	LoginController(Environment environment) {
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
	}

	@GetMapping("/login")
	String login(Model model) {
		// The demo password is shown only where the demo users exist.
		model.addAttribute("demo", this.demo);
		return "login";
	}

}
