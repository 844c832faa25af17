package org.fangkong.publicity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.publicity.PledgeCount;
import org.fangkong.publicity.Pledges;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The pledge counter over JSON. */
@RestController
@Tag(name = "Publicity")
class PledgeApiController {

	private final Pledges pledges;

	PledgeApiController(Pledges pledges) {
		this.pledges = pledges;
	}

	@GetMapping("/api/v1/pledges/count")
	@Operation(summary = "The citizens' pledges {count, byTownship: [{townshipId, name, count}]} (any signed-in user)")
	PledgeCount count() {
		return this.pledges.count();
	}

}
