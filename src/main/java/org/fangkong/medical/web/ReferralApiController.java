package org.fangkong.medical.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.medical.Facilities;
import org.fangkong.medical.ReferralPath;
import org.fangkong.medical.ReferralStatus;
import org.fangkong.medical.Referrals;
import org.fangkong.medical.Referrals.ReferralView;
import org.fangkong.shared.CurrentActor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Fever referrals and the medical facilities over JSON (issue #12 item 5). */
@RestController
@Tag(name = "Medical", description = "医疗 — fever referrals, their path to an outcome, facilities and beds "
		+ "(R-CP-5, R-MED-1, R-MED-2)")
class ReferralApiController {

	private final Referrals referrals;

	private final ReferralPath path;

	private final Facilities facilities;

	ReferralApiController(Referrals referrals, ReferralPath path, Facilities facilities) {
		this.referrals = referrals;
		this.path = path;
		this.facilities = facilities;
	}

	@GetMapping("/api/v1/referrals")
	@Operation(summary = "Referrals inside the caller's jurisdiction, open ones first; ?status=OPEN|RECEIVED|"
			+ "CONCLUDED|ADMITTED|DISCHARGED, ?overdue=true for the open ones nobody received in time, ?page= "
			+ "(50 a page) (medics, commanders)")
	List<ReferralView> list(@RequestParam(required = false) ReferralStatus status,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page) {
		return this.referrals.list(CurrentActor.get(), status, overdue, page).rows();
	}

	@GetMapping("/api/v1/referrals/{id}")
	@Operation(summary = "One referral with the person, masked as in the list, and each step with who and when; "
			+ "outside the caller's jurisdiction 404 (medics, commanders)")
	ReferralView get(@PathVariable long id) {
		return this.referrals.get(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/referrals/{id}/receive")
	@Operation(summary = "The fever clinic received the patient; optional body {facilityId} naming the clinic; "
			+ "422 unless OPEN (medics)")
	ReferralView receive(@PathVariable long id, @RequestBody(required = false) ReceiveRequest request) {
		return this.path.receive(CurrentActor.get(), id, (request != null) ? request.facilityId() : null);
	}

	@PostMapping("/api/v1/referrals/{id}/outcome")
	@Operation(summary = "The outcome {outcome: EXCLUDED|MEDICAL_OBSERVATION|SUSPECTED|CONFIRMED|DISCHARGED, "
			+ "facilityId?, bedKind?, note}: with facilityId the person is admitted to a bed there in the same step; "
			+ "422 before reception or after discharge, or with no free bed (medics)")
	ReferralView outcome(@PathVariable long id, @RequestBody ReferralPath.OutcomeRequest request) {
		return this.path.outcome(CurrentActor.get(), id, request);
	}

	@PostMapping("/api/v1/referrals/{id}/admit")
	@Operation(summary = "Admit to a bed {facilityId, bedKind?: DEDICATED|OBSERVATION|ISOLATION}; 422 without an "
			+ "outcome that keeps the person in a facility, or with no free bed (medics)")
	ReferralView admit(@PathVariable long id, @RequestBody ReferralPath.AdmitRequest request) {
		return this.path.admit(CurrentActor.get(), id, request);
	}

	@PostMapping("/api/v1/referrals/{id}/discharge")
	@Operation(summary = "Discharge from the bed {note?}; the bed is freed and the person goes back to home "
			+ "monitoring; 422 unless ADMITTED (medics)")
	ReferralView discharge(@PathVariable long id, @RequestBody(required = false) DischargeRequest request) {
		return this.path.discharge(CurrentActor.get(), id, (request != null) ? request.note() : null);
	}

	@GetMapping("/api/v1/facilities")
	@Operation(summary = "The facilities inside the caller's jurisdiction: [{id, name, kind: HOSPITAL|FEVER_CLINIC|"
			+ "ISOLATION_SITE|OBSERVATION_SITE, beds: [{kind, capacity, occupied}], staff, point}] (medics, "
			+ "commanders, hotline)")
	List<Facilities.FacilityView> facilities() {
		return this.facilities.visibleTo(CurrentActor.get());
	}

	@GetMapping("/api/v1/expert-teams")
	@Operation(summary = "The expert teams with their members (medics, commanders, hotline)")
	List<Facilities.ExpertTeamView> expertTeams() {
		return this.facilities.expertTeams(CurrentActor.get());
	}

	record ReceiveRequest(Long facilityId) {

	}

	record DischargeRequest(String note) {

	}

}
