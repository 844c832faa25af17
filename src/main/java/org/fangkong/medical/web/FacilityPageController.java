package org.fangkong.medical.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.fangkong.medical.BedKind;
import org.fangkong.medical.Facilities;
import org.fangkong.medical.FacilityEditing;
import org.fangkong.medical.FacilityEditing.FacilityForm;
import org.fangkong.medical.FacilityKind;
import org.fangkong.shared.Actor;
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

/**
 * The page to add and edit a facility with its staff, point and beds by kind (issue #12
 * item 1), for medics and commanders; the list of facilities links to it only for them.
 */
@Controller
class FacilityPageController {

	private final Facilities facilities;

	private final FacilityEditing editing;

	FacilityPageController(Facilities facilities, FacilityEditing editing) {
		this.facilities = facilities;
		this.editing = editing;
	}

	@GetMapping("/medical/facilities/new")
	String create(Model model) {
		this.editing.requireEditor(CurrentActor.get());
		model.addAttribute("form",
				new PageForm(null, FacilityKind.FEVER_CLINIC, null, null, null, 0, 0, 0, false, 0, 0, 0));
		return page(model, null);
	}

	@PostMapping("/medical/facilities")
	String add(@ModelAttribute("form") PageForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		this.editing.requireEditor(actor);
		if (result.hasErrors()) {
			return page(model, null);
		}
		try {
			this.editing.add(actor, form.toForm());
		}
		catch (InvalidInputException ex) {
			ex.violations().forEach((v) -> result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
			return page(model, null);
		}
		redirect.addFlashAttribute("message", "medical.facility.saved");
		return "redirect:/medical/facilities";
	}

	@GetMapping("/medical/facilities/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		this.editing.requireEditor(actor);
		Facilities.FacilityView f = this.facilities.get(actor, id);
		Map<BedKind, Integer> beds = new EnumMap<>(BedKind.class);
		f.beds().forEach((b) -> beds.put(b.kind(), b.capacity()));
		model.addAttribute("form",
				new PageForm(f.name(), f.kind(), f.address(), f.latitude(), f.longitude(), f.doctors(), f.nurses(),
						f.otherStaff(), f.standby(), beds.getOrDefault(BedKind.DEDICATED, 0),
						beds.getOrDefault(BedKind.OBSERVATION, 0), beds.getOrDefault(BedKind.ISOLATION, 0)));
		return page(model, f);
	}

	@PostMapping("/medical/facilities/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") PageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		this.editing.requireEditor(actor);
		Facilities.FacilityView facility = this.facilities.get(actor, id);
		if (result.hasErrors()) {
			return page(model, facility);
		}
		try {
			this.editing.update(actor, id, form.toForm());
		}
		catch (InvalidInputException ex) {
			ex.violations().forEach((v) -> result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
			return page(model, this.facilities.get(actor, id));
		}
		redirect.addFlashAttribute("message", "medical.facility.saved");
		return "redirect:/medical/facilities";
	}

	private static String page(Model model, Facilities.FacilityView facility) {
		model.addAttribute("facility", facility);
		model.addAttribute("kinds", FacilityKind.values());
		return "medical/facility-form";
	}

	/** The form's fields: one capacity per bed kind. */
	record PageForm(String name, FacilityKind kind, String address, BigDecimal latitude, BigDecimal longitude,
			Integer doctors, Integer nurses, Integer otherStaff, Boolean standby, Integer dedicated,
			Integer observation, Integer isolation) {

		FacilityForm toForm() {
			Map<BedKind, Integer> beds = new EnumMap<>(BedKind.class);
			beds.put(BedKind.DEDICATED, (this.dedicated != null) ? this.dedicated : 0);
			beds.put(BedKind.OBSERVATION, (this.observation != null) ? this.observation : 0);
			beds.put(BedKind.ISOLATION, (this.isolation != null) ? this.isolation : 0);
			return new FacilityForm(this.name, this.kind, this.address, this.latitude, this.longitude,
					(this.doctors != null) ? this.doctors : 0, (this.nurses != null) ? this.nurses : 0,
					(this.otherStaff != null) ? this.otherStaff : 0, Boolean.TRUE.equals(this.standby), beds);
		}

	}

}
