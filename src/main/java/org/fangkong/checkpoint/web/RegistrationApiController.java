package org.fangkong.checkpoint.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.checkpoint.RegistrationRequest;
import org.fangkong.checkpoint.RegistrationSource;
import org.fangkong.checkpoint.RegistrationView;
import org.fangkong.checkpoint.RegistrationQueries;
import org.fangkong.checkpoint.Registrations;
import org.fangkong.shared.CurrentActor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registrations of crossings over JSON (R-CP-3). The same answers serve the API under
 * {@code /api/v1} (Basic or token) and the crew page's offline queue under
 * {@code /checkpoints} (session and CSRF).
 */
@RestController
@Tag(name = "Registrations", description = "登记 — every crossing of a checkpoint, with a temperature (R-CP-3 … R-CP-5)")
class RegistrationApiController {

	private final Registrations registrations;

	private final RegistrationQueries queries;

	private final Clock clock;

	RegistrationApiController(Registrations registrations, RegistrationQueries queries, Clock clock) {
		this.registrations = registrations;
		this.queries = queries;
		this.clock = clock;
	}

	@PostMapping({ "/api/v1/checkpoints/{id}/registrations", "/checkpoints/{id}/registrations" })
	@Operation(summary = "Register one crossing at a checkpoint the caller serves",
			description = "A temperature at or above the fever threshold (37.3 °C) forces FEVER_CLINIC and refers the "
					+ "traveller to the medics. The same Idempotency-Key with the same body answers the first "
					+ "registration again (header Idempotent-Replayed: true); with another body, 422. A caller "
					+ "not bound to the checkpoint gets 403.")
	ResponseEntity<RegistrationView> register(@PathVariable long id,
			@Parameter(description = "a unique key per registration attempt, e.g. a UUID made on the device",
					required = true) @RequestHeader("Idempotency-Key") String idempotencyKey,
			@RequestBody RegistrationRequest request) {
		Registrations.Registered registered = this.registrations.register(CurrentActor.get(), id, idempotencyKey,
				request, RegistrationSource.CREW);
		return ResponseEntity
			.created(URI.create("/api/v1/checkpoints/" + id + "/registrations/" + registered.registration().id()))
			.header("Idempotent-Replayed", Boolean.toString(registered.replay()))
			.body(registered.registration());
	}

	@GetMapping("/api/v1/checkpoints/{id}/registrations")
	@Operation(summary = "The registrations of one day at a checkpoint, newest first",
			description = "ID numbers and phones are masked unless the caller's role needs them.")
	List<RegistrationView> ofDay(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.queries.ofDay(CurrentActor.get(), id, (date != null) ? date : LocalDate.now(this.clock));
	}

	@GetMapping("/api/v1/checkpoints/{id}/registrations/{registrationId}")
	@Operation(summary = "One registration; identifiers masked unless the caller's role needs them (then audited)")
	RegistrationView one(@PathVariable long id, @PathVariable long registrationId) {
		return this.queries.one(CurrentActor.get(), id, registrationId);
	}

	@GetMapping("/api/v1/checkpoints/{id}/stats")
	@Operation(summary = "The counts of one day at a checkpoint: in, out, fevers, turned back, per hour")
	RegistrationQueries.DayStats stats(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.queries.stats(CurrentActor.get(), id, (date != null) ? date : LocalDate.now(this.clock));
	}

	@GetMapping("/checkpoints/{id}/prefill")
	@Operation(hidden = true)
	ResponseEntity<RegistrationQueries.Prefill> prefill(@PathVariable long id, @RequestParam String idType,
			@RequestParam String idNumber) {
		org.fangkong.shared.IdType type;
		try {
			type = org.fangkong.shared.IdType.valueOf(idType);
		}
		catch (IllegalArgumentException ex) {
			throw org.fangkong.shared.InvalidInputException.of("idType", "validation.invalid");
		}
		return ResponseEntity.of(this.queries.lastCrossing(CurrentActor.get(), id, type, idNumber));
	}

}
