package org.fangkong.medical.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.medical.Referrals;
import org.fangkong.medical.Referrals.ReferralView;
import org.fangkong.shared.CurrentActor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Fever referrals over JSON. */
@RestController
@Tag(name = "Medical", description = "医疗 — fever referrals (R-CP-5, R-MED-1)")
class ReferralApiController {

	private final Referrals referrals;

	ReferralApiController(Referrals referrals) {
		this.referrals = referrals;
	}

	@GetMapping("/api/v1/referrals")
	@Operation(summary = "Fever referrals inside the caller's jurisdiction, open ones first (medics, commanders)")
	List<ReferralView> list() {
		return this.referrals.visibleTo(CurrentActor.get());
	}

	@GetMapping("/api/v1/referrals/{id}")
	@Operation(summary = "One fever referral with the person, masked as in the list; outside the caller's "
			+ "jurisdiction 404 (medics, commanders)")
	ReferralView get(@PathVariable long id) {
		return this.referrals.get(CurrentActor.get(), id);
	}

}
