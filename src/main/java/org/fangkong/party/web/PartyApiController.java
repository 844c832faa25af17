package org.fangkong.party.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.party.PartyBranches;
import org.fangkong.party.PartyFunds;
import org.fangkong.party.PartyViews.BranchView;
import org.fangkong.party.PartyViews.FundRequest;
import org.fangkong.party.PartyViews.FundView;
import org.fangkong.party.PartyViews.NewBranch;
import org.fangkong.shared.CurrentActor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Party branches and special funds over JSON (issue #17 item 6). */
@RestController
@Tag(name = "Party", description = "党组织 — temporary branches, special funds (R-CMD-2, R-CMD-4, R-CMD-5)")
class PartyApiController {

	private final PartyBranches branches;

	private final PartyFunds funds;

	PartyApiController(PartyBranches branches, PartyFunds funds) {
		this.branches = branches;
		this.funds = funds;
	}

	@GetMapping("/api/v1/party/branches")
	@Operation(summary = "The temporary party branches inside the caller's jurisdiction (commanders, HQ staff)")
	List<BranchView> branches() {
		return this.branches.list(CurrentActor.get());
	}

	@PostMapping("/api/v1/party/branches")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Set up a branch with its members, exactly one SECRETARY (commanders, the organisation group)")
	BranchView create(@RequestBody NewBranch branch) {
		return this.branches.create(CurrentActor.get(), branch);
	}

	@PostMapping("/api/v1/funds")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a special fund {name, amount, purpose} with its first allocation"
			+ " (commanders, the organisation group)")
	FundView open(@RequestBody NewFund request) {
		return this.funds.open(CurrentActor.get(), request.name(),
				new FundRequest(request.amount(), request.purpose()));
	}

	@PostMapping("/api/v1/funds/{id}/allocate")
	@Operation(summary = "Allocate more to a fund {amount, purpose} (commanders, the organisation group)")
	FundView allocate(@PathVariable long id, @RequestBody FundRequest request) {
		return this.funds.allocate(CurrentActor.get(), id, request);
	}

	/** A fund to open with its first allocation. */
	record NewFund(String name, java.math.BigDecimal amount, String purpose) {

	}

	@GetMapping("/api/v1/funds/{id}")
	@Operation(summary = "A special fund with its balance and ledger")
	FundView fund(@PathVariable long id) {
		return this.funds.get(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/funds/{id}/spend")
	@Operation(summary = "Spend from a fund {amount, purpose}; more than the balance: 422, nothing changed"
			+ " (commanders, the organisation group)")
	FundView spend(@PathVariable long id, @RequestBody FundRequest request) {
		return this.funds.spend(CurrentActor.get(), id, request);
	}

}
