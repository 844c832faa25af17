package org.fangkong.screening.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.screening.PersonTransfers;
import org.fangkong.screening.PersonTransfers.TransferView;
import org.fangkong.shared.CurrentActor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Transfer requests over JSON (issue #9 item 1): a change of residence across
 * jurisdictions waits for a township officer of the sending grid.
 */
@RestController
@Tag(name = "Screening")
class TransferApiController {

	private final PersonTransfers transfers;

	TransferApiController(PersonTransfers transfers) {
		this.transfers = transfers;
	}

	@GetMapping("/api/v1/screening/transfers")
	@Operation(summary = "Pending transfer requests whose sending or receiving grid the caller covers")
	List<TransferView> pending() {
		return this.transfers.pending(CurrentActor.get());
	}

	@PostMapping("/api/v1/screening/transfers/{id}/approve")
	@Operation(summary = "Approve a transfer (needs the sending grid): the person and their open screening move")
	TransferView approve(@PathVariable long id) {
		return this.transfers.approve(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/screening/transfers/{id}/reject")
	@Operation(summary = "Reject a transfer (either side): nothing moves")
	TransferView reject(@PathVariable long id) {
		return this.transfers.reject(CurrentActor.get(), id);
	}

}
