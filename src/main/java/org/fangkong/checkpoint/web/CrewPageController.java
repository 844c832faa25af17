package org.fangkong.checkpoint.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.checkpoint.CrewDuty;
import org.fangkong.checkpoint.HealthCode;
import org.fangkong.checkpoint.Outcome;
import org.fangkong.shared.QrCodes;
import org.fangkong.checkpoint.RegistrationRequest;
import org.fangkong.checkpoint.RegistrationSource;
import org.fangkong.checkpoint.RegistrationQueries;
import org.fangkong.checkpoint.Registrations;
import org.fangkong.checkpoint.SelfRegistrations;
import org.fangkong.checkpoint.UsualTravelMode;
import org.fangkong.shared.TravelMode;
import org.fangkong.checkpoint.VehicleClass;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.IdType;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.OriginClass;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The crew's pages at a checkpoint, phone first: register a crossing, today's figures and
 * list, pending self-registrations, and the printable QR poster. The form works without
 * JavaScript (post-redirect-get); with it, {@code crew.js} sends JSON and queues
 * registrations while the network is down.
 */
@Controller
class CrewPageController {

	private final Checkpoints checkpoints;

	private final Registrations registrations;

	private final RegistrationQueries queries;

	private final SelfRegistrations selfRegistrations;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	private final CrewDuty duty;

	CrewPageController(Checkpoints checkpoints, Registrations registrations, RegistrationQueries queries,
			SelfRegistrations selfRegistrations, Jurisdictions jurisdictions, Clock clock, CrewDuty duty) {
		this.checkpoints = checkpoints;
		this.registrations = registrations;
		this.queries = queries;
		this.selfRegistrations = selfRegistrations;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
		this.duty = duty;
	}

	@GetMapping("/checkpoints/{id}/register")
	String form(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		CheckpointView checkpoint = this.checkpoints.get(actor, id);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", RegistrationForm.empty(UsualTravelMode.at(checkpoint)));
		}
		return formPage(actor, checkpoint, model);
	}

	@PostMapping("/checkpoints/{id}/register")
	String register(@PathVariable long id, @ModelAttribute("form") RegistrationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		CheckpointView checkpoint = this.checkpoints.get(actor, id);
		try {
			Registrations.Registered registered = this.registrations.register(actor, id, form.idempotencyKey(),
					form.toRequest(), RegistrationSource.CREW);
			redirect.addFlashAttribute("registered", registered.registration());
			if (Boolean.TRUE.equals(form.keepVehicle())) {
				redirect.addFlashAttribute("form", form.nextPassenger());
			}
			return "redirect:/checkpoints/" + id + "/register";
		}
		catch (InvalidInputException ex) {
			ex.violations()
				.forEach((v) -> result.rejectValue(field(v.field()), v.messageKey(), v.args(), v.messageKey()));
			return formPage(actor, checkpoint, model);
		}
	}

	@GetMapping("/checkpoints/{id}/today")
	String today(@PathVariable long id, @RequestParam(required = false) LocalDate date, Model model) {
		Actor actor = CurrentActor.get();
		LocalDate day = (date != null) ? date : LocalDate.now(this.clock);
		model.addAttribute("checkpoint", this.checkpoints.get(actor, id));
		model.addAttribute("date", day);
		model.addAttribute("stats", this.queries.stats(actor, id, day));
		model.addAttribute("registrations", this.queries.ofDay(actor, id, day));
		model.addAttribute("serves", this.duty.serves(actor, id));
		model.addAttribute("mayReadDay", true);
		return "checkpoint/today";
	}

	/**
	 * Today's counters of the crew page, as a fragment: refreshed by htmx after each
	 * registration ({@code crew.js} fires {@code fk-registered}), so the counters follow
	 * without a reload. Readable as the day list.
	 */
	@GetMapping("/checkpoints/{id}/stats")
	String stats(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("checkpoint", this.checkpoints.get(actor, id));
		model.addAttribute("stats", this.queries.stats(actor, id, LocalDate.now(this.clock)));
		return "checkpoint/crew-header :: stats";
	}

	@GetMapping("/checkpoints/{id}/pending")
	String pending(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("checkpoint", this.checkpoints.get(actor, id));
		model.addAttribute("pending", this.selfRegistrations.pending(actor, id));
		model.addAttribute("serves", true);
		model.addAttribute("mayReadDay", true);
		model.addAttribute("healthCodes", HealthCode.values());
		model.addAttribute("outcomes", Outcome.values());
		return "checkpoint/pending";
	}

	@PostMapping("/checkpoints/{id}/pending/{selfId}/confirm")
	String confirm(@PathVariable long id, @PathVariable long selfId, @RequestParam(required = false) String temperature,
			@RequestParam(required = false) String healthCode, @RequestParam(required = false) String outcome,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		try {
			Registrations.Registered registered = this.selfRegistrations.confirm(actor, id, selfId,
					decimal(temperature), healthCode, outcome);
			redirect.addFlashAttribute("registered", registered.registration());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("confirmError", ex.violations().get(0).messageKey());
			redirect.addFlashAttribute("confirmErrorArgs", ex.violations().get(0).args());
			redirect.addFlashAttribute("confirmErrorId", selfId);
		}
		return "redirect:/checkpoints/" + id + "/pending";
	}

	@GetMapping("/checkpoints/{id}/poster")
	String poster(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		CheckpointView checkpoint = this.checkpoints.get(actor, id);
		model.addAttribute("serves", this.duty.serves(actor, id));
		model.addAttribute("mayReadDay", this.queries.mayReadDay(actor, id));
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/q/{token}")
			.buildAndExpand(this.selfRegistrations.tokenOf(id))
			.toUriString();
		model.addAttribute("checkpoint", checkpoint);
		model.addAttribute("url", url);
		model.addAttribute("qr", QrCodes.svg(url));
		return "checkpoint/poster";
	}

	private String formPage(Actor actor, CheckpointView checkpoint, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("checkpoint", checkpoint);
		model.addAttribute("serves", this.duty.serves(actor, checkpoint.id()));
		model.addAttribute("mayReadDay", this.queries.mayReadDay(actor, checkpoint.id()));
		if (this.duty.serves(actor, checkpoint.id())) {
			model.addAttribute("stats", this.queries.stats(actor, checkpoint.id(), today));
			model.addAttribute("pendingCount", this.selfRegistrations.pending(actor, checkpoint.id()).size());
		}
		model.addAttribute("destinations", this.jurisdictions.townshipsAndGrids());
		model.addAttribute("idTypes", IdType.values());
		model.addAttribute("originClasses", OriginClass.values());
		model.addAttribute("travelModes", TravelMode.values());
		model.addAttribute("vehicleClasses", VehicleClass.values());
		model.addAttribute("healthCodes", HealthCode.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("feverThreshold", this.registrations.feverThreshold());
		model.addAttribute("newKey", UUID.randomUUID().toString());
		return "checkpoint/register";
	}

	private static String field(String field) {
		return "Idempotency-Key".equals(field) ? "idempotencyKey" : field;
	}

	private static BigDecimal decimal(String value) {
		try {
			return (value == null || value.isBlank()) ? null : new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of("temperature", "validation.temperature", 34.0, 43.0);
		}
	}

	/**
	 * The crew's form; text fields as typed, so that a wrong value is shown back with its
	 * message.
	 */
	record RegistrationForm(String idempotencyKey, String direction, String idType, String idNumber, String name,
			String phone, String originClass, String originPlace, Long destinationJurisdictionId, String travelMode,
			String plate, String vehicleClass, Integer passengers, String temperature, String healthCode,
			String outcome, String crossedAt, String vehicleGroup, Boolean keepVehicle) {

		static RegistrationForm empty(TravelMode usual) {
			return new RegistrationForm(null, "IN", "RESIDENT_ID", null, null, null, "LOCAL", null, null, usual.name(),
					null, "PRIVATE_CAR", 1, null, "GREEN", "PASSED", null, null, false);
		}

		/**
		 * The next passenger of the same vehicle: the vehicle stays, the person is
		 * cleared.
		 */
		RegistrationForm nextPassenger() {
			String group = (this.vehicleGroup != null && !this.vehicleGroup.isBlank()) ? this.vehicleGroup
					: UUID.randomUUID().toString();
			return new RegistrationForm(null, this.direction, "RESIDENT_ID", null, null, null, this.originClass,
					this.originPlace, this.destinationJurisdictionId, this.travelMode, this.plate, this.vehicleClass,
					this.passengers, null, "GREEN", this.outcome, null, group, true);
		}

		RegistrationRequest toRequest() {
			BigDecimal reading;
			try {
				reading = (this.temperature == null || this.temperature.isBlank()) ? null
						: new BigDecimal(this.temperature.strip());
			}
			catch (NumberFormatException ex) {
				throw InvalidInputException.of("temperature", "validation.temperature", 34.0, 43.0);
			}
			OffsetDateTime crossed;
			try {
				crossed = (this.crossedAt == null || this.crossedAt.isBlank()) ? null
						: java.time.LocalDateTime.parse(this.crossedAt)
							.atZone(java.time.ZoneId.systemDefault())
							.toOffsetDateTime();
			}
			catch (DateTimeParseException ex) {
				throw InvalidInputException.of("crossedAt", "validation.invalid");
			}
			return new RegistrationRequest(this.direction, this.idType, this.idNumber, this.name, this.phone,
					this.originClass, this.originPlace, this.destinationJurisdictionId, this.travelMode, this.plate,
					this.vehicleClass, this.passengers, reading, this.healthCode, this.outcome, crossed,
					(this.vehicleGroup != null && !this.vehicleGroup.isBlank()) ? this.vehicleGroup
							: (Boolean.TRUE.equals(this.keepVehicle) ? UUID.randomUUID().toString() : null));
		}

	}

}
