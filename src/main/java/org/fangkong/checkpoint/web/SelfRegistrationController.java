package org.fangkong.checkpoint.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Direction;
import org.fangkong.checkpoint.RegistrationRequest;
import org.fangkong.checkpoint.SelfRegistrations;
import org.fangkong.shared.TravelMode;
import org.fangkong.checkpoint.VehicleClass;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.IdType;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.OriginClass;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public self-registration form behind a checkpoint's QR code (PR3): no login, a
 * purpose notice, only the fields prevention needs, no personal data in any URL.
 */
@Controller
class SelfRegistrationController {

	private final SelfRegistrations selfRegistrations;

	private final Jurisdictions jurisdictions;

	SelfRegistrationController(SelfRegistrations selfRegistrations, Jurisdictions jurisdictions) {
		this.selfRegistrations = selfRegistrations;
		this.jurisdictions = jurisdictions;
	}

	@GetMapping("/q/{token}")
	String form(@PathVariable String token, Model model) {
		model.addAttribute("form", new SelfForm("IN", "RESIDENT_ID", null, null, null, "OTHER_PROVINCE", null, null,
				"SELF_DRIVE", null, "PRIVATE_CAR", 1));
		return page(token, model);
	}

	@PostMapping("/q/{token}")
	String submit(@PathVariable String token, @ModelAttribute("form") SelfForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			String code = this.selfRegistrations.submit(token, form.toRequest(), request.getRemoteAddr());
			model.addAttribute("checkpoint", checkpoint(token));
			model.addAttribute("code", code);
			return "public/self-registered";
		}
		catch (InvalidInputException ex) {
			ex.violations().forEach((v) -> result.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey()));
			return page(token, model);
		}
		catch (SelfRegistrations.RateLimitedException ex) {
			response.setStatus(429);
			model.addAttribute("checkpoint", checkpoint(token));
			model.addAttribute("limited", true);
			return "public/self-registered";
		}
	}

	private String page(String token, Model model) {
		model.addAttribute("checkpoint", checkpoint(token));
		model.addAttribute("token", token);
		model.addAttribute("destinations", this.jurisdictions.townshipsAndGrids());
		model.addAttribute("idTypes", IdType.values());
		model.addAttribute("originClasses", OriginClass.values());
		model.addAttribute("travelModes", TravelMode.values());
		model.addAttribute("vehicleClasses", VehicleClass.values());
		model.addAttribute("directions", Direction.values());
		return "public/self-register";
	}

	private CheckpointView checkpoint(String token) {
		return this.selfRegistrations.checkpointOf(token).orElseThrow(() -> new NotFoundException("checkpoint", token));
	}

	/** What a traveller fills in: only what prevention needs (PR3). */
	record SelfForm(String direction, String idType, String idNumber, String name, String phone, String originClass,
			String originPlace, Long destinationJurisdictionId, String travelMode, String plate, String vehicleClass,
			Integer passengers) {

		RegistrationRequest toRequest() {
			return new RegistrationRequest(this.direction, this.idType, this.idNumber, this.name, this.phone,
					this.originClass, this.originPlace, this.destinationJurisdictionId, this.travelMode, this.plate,
					this.vehicleClass, this.passengers, null, null, null, null, null);
		}

	}

}
