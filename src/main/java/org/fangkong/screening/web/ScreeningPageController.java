package org.fangkong.screening.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.screening.DailyChecks;
import org.fangkong.screening.LeadCheck;
import org.fangkong.screening.LeadSource;
import org.fangkong.screening.NewScreening;
import org.fangkong.screening.ResponsibleCadres;
import org.fangkong.screening.Screenings;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.IdType;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.TravelMode;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A screening's pages (排查): the form for a new screening, and a screening with its daily
 * checks, responsible cadres, lead check and release. Forms end in a redirect; a refused
 * action is shown on the screening's page after it. The ledger's pages are
 * {@link LedgerPageController}.
 */
@Controller
class ScreeningPageController {

	private final Screenings screenings;

	private final DailyChecks checks;

	private final ResponsibleCadres cadres;

	private final Jurisdictions jurisdictions;

	ScreeningPageController(Screenings screenings, DailyChecks checks, ResponsibleCadres cadres,
			Jurisdictions jurisdictions) {
		this.screenings = screenings;
		this.checks = checks;
		this.cadres = cadres;
		this.jurisdictions = jurisdictions;
	}

	@GetMapping("/screening/new")
	String newForm(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ScreeningForm.empty());
		}
		return form(model);
	}

	@PostMapping("/screening/new")
	String create(@ModelAttribute("form") ScreeningForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// a value the form could not even read (a point that is no number): nothing
			// is saved
			return form(model);
		}
		try {
			Screenings.ScreeningView created = this.screenings.create(CurrentActor.get(), form.toInput());
			redirect.addFlashAttribute("message", "screening.created");
			return "redirect:/screening/" + created.id();
		}
		catch (InvalidInputException ex) {
			ex.violations().forEach((v) -> result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
			return form(model);
		}
	}

	@GetMapping("/screening/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("detail", this.screenings.detail(CurrentActor.get(), id));
		model.addAttribute("leadChecks", LeadCheck.values());
		return "screening/detail";
	}

	@PostMapping("/screening/{id}/checks")
	String check(@PathVariable long id, @RequestParam(required = false) String temperature,
			@RequestParam(required = false) String symptoms, @RequestParam(defaultValue = "true") boolean atHome,
			@RequestParam(defaultValue = "false") boolean lostContact, RedirectAttributes redirect) {
		try {
			BigDecimal reading;
			try {
				reading = (temperature == null || temperature.isBlank()) ? null : new BigDecimal(temperature.strip());
			}
			catch (NumberFormatException ex) {
				throw InvalidInputException.of("temperature", "validation.temperature", 34.0, 43.0);
			}
			this.checks.recordCheck(CurrentActor.get(), id,
					new Screenings.CheckInput(null, reading, symptoms, atHome, lostContact));
			redirect.addFlashAttribute("message", "screening.checked");
		}
		catch (InvalidInputException ex) {
			flashError(redirect, ex);
		}
		return "redirect:/screening/" + id;
	}

	@PostMapping("/screening/{id}/release")
	String release(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.screenings.release(CurrentActor.get(), id, null);
			redirect.addFlashAttribute("message", "screening.released");
		}
		catch (InvalidInputException ex) {
			flashError(redirect, ex);
		}
		return "redirect:/screening/" + id;
	}

	@PostMapping("/screening/{id}/responsible")
	String responsible(@PathVariable long id, @RequestParam NodeKind level, @RequestParam(required = false) String name,
			@RequestParam(required = false) String title, @RequestParam(required = false) String phone,
			RedirectAttributes redirect) {
		try {
			this.cadres.overrideResponsible(CurrentActor.get(), id, level, name, title, phone);
			redirect.addFlashAttribute("message", "screening.responsibleSaved");
		}
		catch (InvalidInputException ex) {
			flashError(redirect, ex);
		}
		return "redirect:/screening/" + id;
	}

	@PostMapping("/screening/{id}/lead-check")
	String leadCheck(@PathVariable long id, @RequestParam LeadCheck result, RedirectAttributes redirect) {
		try {
			this.screenings.checkLead(CurrentActor.get(), id, result);
			redirect.addFlashAttribute("message", "screening.leadChecked");
		}
		catch (InvalidInputException ex) {
			flashError(redirect, ex);
		}
		return "redirect:/screening/" + id;
	}

	/** A refused action, shown on the screening's page after the redirect. */
	private static void flashError(RedirectAttributes redirect, InvalidInputException ex) {
		redirect.addFlashAttribute("checkError", ex.violations().get(0).messageKey());
		redirect.addFlashAttribute("checkErrorArgs", ex.violations().get(0).args());
	}

	private String form(Model model) {
		model.addAttribute("nodes", ScreeningChoices.scopeNodes(this.jurisdictions, CurrentActor.get()));
		ScreeningChoices.addChoices(model);
		model.addAttribute("idTypes", IdType.values());
		model.addAttribute("leadSources", LeadSource.values());
		model.addAttribute("travelModes", TravelMode.values());
		return "screening/new";
	}

	/** The form for a new screening. */
	record ScreeningForm(String name, String sex, String idType, String idNumber, String phone, String householdAddress,
			String currentAddress, Long gridId, String leadSource, String originClass, String originPlace,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate departureDate,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate arrivalDate, String transportMode,
			String transportNumber, String stopovers, String companions, String exposure, String healthNote,
			String measure, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate measureStart, String note,
			Double longitude, Double latitude) {

		static ScreeningForm empty() {
			return new ScreeningForm(null, null, "RESIDENT_ID", null, null, null, null, null, "GRID_FOUND",
					"OTHER_PROVINCE", null, null, null, "TRAIN", null, null, null, null, null, null, null, null, null,
					null);
		}

		NewScreening toInput() {
			return new NewScreening(this.name, this.sex, this.idType, this.idNumber, this.phone, this.householdAddress,
					this.currentAddress, this.gridId, this.leadSource, this.originClass, this.originPlace,
					this.departureDate, this.arrivalDate, this.transportMode, this.transportNumber, this.stopovers,
					this.companions, this.exposure, this.healthNote,
					(this.measure == null || this.measure.isBlank()) ? null : this.measure, this.measureStart,
					this.note, this.longitude, this.latitude);
		}

	}

}
