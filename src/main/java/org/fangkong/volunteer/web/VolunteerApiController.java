package org.fangkong.volunteer.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.shared.CurrentActor;
import org.fangkong.volunteer.NewVolunteer;
import org.fangkong.volunteer.VolunteerWorkbook;
import org.fangkong.volunteer.Volunteers;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The reserve over JSON (issue #15 items 1 and 6). */
@RestController
@Tag(name = "Volunteers", description = "志愿服务 — the reserve in echelons, teams and the HQ's orders (R-VOL-1..3)")
class VolunteerApiController {

	private final Volunteers volunteers;

	private final VolunteerWorkbook workbook;

	VolunteerApiController(Volunteers volunteers, VolunteerWorkbook workbook) {
		this.volunteers = volunteers;
		this.workbook = workbook;
	}

	@PostMapping(path = "/api/v1/volunteers/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import an .xlsx of the export's columns: dryRun=true (the default) reports the valid rows "
			+ "and every rejected row with its number and reason; nothing is written while any row is rejected")
	VolunteerWorkbook.ImportResult importWorkbook(@RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun) throws java.io.IOException {
		return this.workbook.importWorkbook(CurrentActor.get(), file.getInputStream(), dryRun);
	}

	@GetMapping("/api/v1/volunteers")
	@Operation(summary = "The volunteers of the caller's jurisdiction, 50 a page, optionally one echelon "
			+ "(1|2|3 from today's age); phones masked (commanders, HQ staff, townships)")
	Volunteers.VolunteerPage list(@RequestParam(required = false) Integer echelon,
			@RequestParam(defaultValue = "0") int page) {
		return this.volunteers.list(CurrentActor.get(), echelon, page);
	}

	@PostMapping("/api/v1/volunteers")
	@Operation(summary = "Register a volunteer: name, unit, birthDate (or idNumber), skills, medicalEchelon, phone, "
			+ "availableFrom/availableUntil (daily window), userId, jurisdictionId")
	ResponseEntity<Volunteers.VolunteerView> add(@RequestBody NewVolunteer body) {
		Volunteers.VolunteerView created = this.volunteers.add(CurrentActor.get(), body);
		return ResponseEntity.created(URI.create("/api/v1/volunteers/" + created.id())).body(created);
	}

	@PutMapping("/api/v1/volunteers/{id}")
	@Operation(summary = "Revise a volunteer of the caller's jurisdiction: every field as on registration (a blank "
			+ "phone or ID number clears it); without jurisdictionId the volunteer stays at their node")
	Volunteers.VolunteerView update(@PathVariable long id, @RequestBody NewVolunteer body) {
		return this.volunteers.update(CurrentActor.get(), id, body);
	}

	@GetMapping("/api/v1/volunteers/me")
	@Operation(summary = "The caller's own volunteer record; 404 when they have none")
	Volunteers.VolunteerView me() {
		return this.volunteers.me(CurrentActor.get());
	}

	@GetMapping("/api/v1/volunteers/{id}")
	@Operation(summary = "One volunteer, phone and ID number in full for the roles that need them (audited)")
	Volunteers.VolunteerView get(@PathVariable long id) {
		return this.volunteers.get(CurrentActor.get(), id);
	}

}
