package org.fangkong.volunteer.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.volunteer.NewVolunteer;
import org.fangkong.volunteer.VolunteerSkill;
import org.fangkong.volunteer.Volunteers;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reserve's forms (issue #15 item 1): a dispatcher registers a volunteer or revises
 * one of their jurisdiction; the service's rules answer each field in the user's language
 * and nothing is saved while one is broken.
 */
@Controller
class ReserveFormController {

	private final Volunteers volunteers;

	private final Jurisdictions jurisdictions;

	ReserveFormController(Volunteers volunteers, Jurisdictions jurisdictions) {
		this.volunteers = volunteers;
		this.jurisdictions = jurisdictions;
	}

	@GetMapping("/volunteers/reserve/new")
	String newVolunteer(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("form",
				new VolunteerForm(null, null, null, Set.of(), null, null, null, null, null, actor.jurisdictionId()));
		return page(actor, null, model);
	}

	@PostMapping("/volunteers/reserve")
	String create(@ModelAttribute("form") VolunteerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		if (result.hasErrors()) {
			return page(actor, null, model);
		}
		try {
			this.volunteers.add(actor, form.toInput());
		}
		catch (InvalidInputException ex) {
			VolunteerForms.reject(result, ex);
			return page(actor, null, model);
		}
		redirect.addFlashAttribute("message", "volunteer.saved");
		return "redirect:/volunteers/reserve";
	}

	@GetMapping("/volunteers/reserve/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		Volunteers.VolunteerView v = this.volunteers.get(actor, id);
		model.addAttribute("form", new VolunteerForm(v.name(), v.unit(), v.birthDate(), v.skills(), v.medicalEchelon(),
				v.phone(), v.idNumber(), v.availableFrom(), v.availableUntil(), v.jurisdictionId()));
		// the account is linked through the API only (userId): the volunteer module may
		// not look up users
		model.addAttribute("accountLinked", v.userId() != null);
		return page(actor, id, model);
	}

	@PostMapping("/volunteers/reserve/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") VolunteerForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		if (result.hasErrors()) {
			model.addAttribute("accountLinked", this.volunteers.get(actor, id).userId() != null);
			return page(actor, id, model);
		}
		try {
			this.volunteers.update(actor, id, form.toInput());
		}
		catch (InvalidInputException ex) {
			VolunteerForms.reject(result, ex);
			model.addAttribute("accountLinked", this.volunteers.get(actor, id).userId() != null);
			return page(actor, id, model);
		}
		redirect.addFlashAttribute("message", "volunteer.saved");
		return "redirect:/volunteers/reserve";
	}

	private String page(Actor actor, Long id, Model model) {
		model.addAttribute("volunteerId", id);
		model.addAttribute("skills", VolunteerSkill.values());
		model.addAttribute("nodes", VolunteerForms.places(this.jurisdictions, actor,
				((VolunteerForm) model.getAttribute("form")).jurisdictionId()));
		return "volunteer/volunteer-form";
	}

	/**
	 * The volunteer form: a record with the birth date, the daily window and the skills
	 * as the browser sends them.
	 */
	record VolunteerForm(String name, String unit, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
			Set<VolunteerSkill> skills, Integer medicalEchelon, String phone, String idNumber,
			@DateTimeFormat(pattern = "HH:mm") LocalTime availableFrom,
			@DateTimeFormat(pattern = "HH:mm") LocalTime availableUntil, Long jurisdictionId) {

		NewVolunteer toInput() {
			return new NewVolunteer(this.name, this.unit, this.birthDate, this.skills, this.medicalEchelon, this.phone,
					this.idNumber, this.availableFrom, this.availableUntil, null, this.jurisdictionId);
		}

	}

}
