package org.fangkong.identity.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fangkong.identity.Accounts;
import org.fangkong.identity.Accounts.Assignment;
import org.fangkong.identity.Passwords;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.organisation.Organisation;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.Role;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User administration (administrators only): users, their roles, jurisdiction, group and
 * working group. Which checkpoints a crew member serves is set on the checkpoint's crew
 * page.
 */
@Controller
@RequestMapping("/admin/users")
class AdminUserController {

	private final Accounts accounts;

	private final org.fangkong.identity.SecondFactor secondFactor;

	private final Passwords passwords;

	private final Jurisdictions jurisdictions;

	private final Organisation organisation;

	AdminUserController(Accounts accounts, Passwords passwords, Jurisdictions jurisdictions, Organisation organisation,
			org.fangkong.identity.SecondFactor secondFactor) {
		this.secondFactor = secondFactor;
		this.accounts = accounts;
		this.passwords = passwords;
		this.jurisdictions = jurisdictions;
		this.organisation = organisation;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.accounts.list());
		return "admin/users";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", UserForm.empty());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			long id = this.accounts.create(new Accounts.NewUser(form.username(), form.password(), form.assignment()));
			redirect.addFlashAttribute("message", "admin.users.created");
			return "redirect:/admin/users/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			return form(model, null);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Accounts.UserView user = this.accounts.get(id);
		model.addAttribute("form", UserForm.of(user));
		return form(model, user);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			this.accounts.update(id, (form.version() != null) ? form.version() : -1, form.assignment());
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			return form(model, this.accounts.get(id));
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("problem.conflict");
			return form(model, this.accounts.get(id));
		}
		redirect.addFlashAttribute("message", "admin.users.saved");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/second-factor/remove")
	String removeSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
		this.secondFactor.remove(org.fangkong.shared.CurrentActor.get(), id);
		redirect.addFlashAttribute("message", "admin.users.secondFactorRemoved");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.unlock(id);
		redirect.addFlashAttribute("message", "admin.users.unlocked");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
		try {
			this.passwords.reset(id, password);
			redirect.addFlashAttribute("message", "admin.users.passwordReset");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "validation.password.length");
		}
		return "redirect:/admin/users/" + id;
	}

	private String form(Model model, Accounts.UserView user) {
		model.addAttribute("user", user);
		model.addAttribute("secondFactor", user != null && this.secondFactor.isEnabled(user.id()));
		model.addAttribute("allRoles", Role.values());
		List<JurisdictionView> nodes = this.jurisdictions.all()
			.stream()
			.filter((node) -> node.kind() != NodeKind.HOUSEHOLD)
			.toList();
		model.addAttribute("nodes", nodes);
		model.addAttribute("groups", this.organisation.workingGroups());
		return "admin/user-form";
	}

	/**
	 * The user form; the version guards against overwriting another administrator's
	 * change (RE2).
	 */
	record UserForm(String username, String password, String displayName, List<String> roles, Long jurisdictionId,
			Long workingGroupId, Boolean enabled, Long version) {

		static UserForm empty() {
			return new UserForm(null, null, null, List.of(), null, null, true, 0L);
		}

		static UserForm of(Accounts.UserView user) {
			return new UserForm(user.username(), null, user.displayName(),
					user.roles().stream().map(Role::name).toList(), user.jurisdictionId(), user.workingGroupId(),
					user.enabled(), user.version());
		}

		Assignment assignment() {
			Set<Role> chosen = EnumSet.noneOf(Role.class);
			if (this.roles != null) {
				this.roles.stream()
					.filter((name) -> Arrays.stream(Role.values()).anyMatch((r) -> r.name().equals(name)))
					.map(Role::valueOf)
					.forEach(chosen::add);
			}
			// An unchecked box sends nothing: a missing "enabled" means disabled.
			return new Assignment(this.displayName, chosen, this.jurisdictionId, this.workingGroupId,
					Boolean.TRUE.equals(this.enabled));
		}

	}

}
