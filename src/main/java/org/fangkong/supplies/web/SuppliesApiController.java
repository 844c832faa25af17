package org.fangkong.supplies.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.shared.CurrentActor;
import org.fangkong.supplies.Donations;
import org.fangkong.supplies.NewDonation;
import org.fangkong.supplies.NewMovement;
import org.fangkong.supplies.Stock;
import org.fangkong.supplies.StockLevels;
import org.fangkong.supplies.StockQueries;
import org.fangkong.supplies.SupplyViews.DonationView;
import org.fangkong.supplies.SupplyViews.ItemView;
import org.fangkong.supplies.SupplyViews.MovementView;
import org.fangkong.supplies.SupplyViews.PlaceView;
import org.fangkong.supplies.SupplyViews.StockLine;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Donations, stock and movements over JSON (issue #17 item 6). */
@RestController
@Tag(name = "Supplies", description = "物资 — donations, stock, movements (R-SUP-1, R-SUP-2)")
class SuppliesApiController {

	private final Donations donations;

	private final Stock stock;

	private final StockQueries queries;

	private final StockLevels levels;

	SuppliesApiController(Donations donations, Stock stock, StockQueries queries, StockLevels levels) {
		this.donations = donations;
		this.stock = stock;
		this.queries = queries;
		this.levels = levels;
	}

	@org.springframework.web.bind.annotation.PutMapping("/api/v1/stock/levels")
	@Operation(summary = "Set the low-stock level of an item at a place inside the caller's jurisdiction"
			+ " ({itemId, placeId, lowLevel}; lowLevel null: back to the default, 0: no alert)"
			+ " (commanders, HQ staff, townships)")
	StockLevels.LevelView level(@RequestBody StockLevels.LevelView request) {
		return this.levels.set(CurrentActor.get(), request.itemId(), request.placeId(), request.lowLevel());
	}

	@PostMapping("/api/v1/donations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Receive a donation of cash (amount) or goods (lines into stock at a warehouse, placeId);"
			+ " answers it with its receipt number (commanders, HQ staff, townships)")
	DonationView receive(@RequestBody NewDonation request) {
		return this.donations.receive(CurrentActor.get(), request);
	}

	@GetMapping("/api/v1/donations/{id}")
	@Operation(summary = "One donation inside the caller's jurisdiction")
	DonationView donation(@PathVariable long id) {
		return this.donations.get(CurrentActor.get(), id);
	}

	@GetMapping("/api/v1/donations/{id}/receipt.pdf")
	@Operation(summary = "The donation's receipt as PDF, with its number")
	ResponseEntity<byte[]> receipt(@PathVariable long id) {
		byte[] pdf = this.donations.receipt(CurrentActor.get(), id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"receipt-" + id + ".pdf\"")
			.body(pdf);
	}

	@GetMapping("/api/v1/stock")
	@Operation(summary = "Stock on hand per item and place inside the caller's jurisdiction, or at one place")
	List<StockLine> stock(@RequestParam(required = false) Long placeId) {
		return this.queries.onHand(CurrentActor.get(), placeId);
	}

	@GetMapping("/api/v1/stock/items")
	@Operation(summary = "The items of supplies with their units")
	List<ItemView> items() {
		return this.stock.items();
	}

	@GetMapping("/api/v1/stock/places")
	@Operation(summary = "The stock places inside the caller's jurisdiction")
	List<PlaceView> places() {
		return this.stock.places(CurrentActor.get());
	}

	@PostMapping("/api/v1/stock/places")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a stock place inside the caller's jurisdiction: {name, kind: WAREHOUSE|HOSPITAL|TEAM|"
			+ "TOWNSHIP, jurisdictionId?} (a checkpoint's place is made on its first delivery)")
	PlaceView addPlace(@RequestBody org.fangkong.supplies.NewPlace request) {
		return this.stock.createPlace(CurrentActor.get(), request);
	}

	@PostMapping("/api/v1/stock/movements")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a movement: in (no fromPlaceId: a purchase, or a donation's goods with donationId),"
			+ " a transfer or distribution (toPlaceId or toCheckpointId), a loss (no destination). More than on hand:"
			+ " 422, nothing changed. Answers one movement per lot taken, oldest lots first")
	List<MovementView> move(@RequestBody NewMovement request) {
		return this.stock.move(CurrentActor.get(), request);
	}

	@GetMapping("/api/v1/stock/movements/{id}")
	@Operation(summary = "One movement with the donation or purchase its goods came from")
	MovementView movement(@PathVariable long id) {
		return this.stock.movement(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/stock/movements/{id}/confirm")
	@Operation(summary = "The receiving checkpoint crew confirms a delivery; the goods are then on hand there")
	MovementView confirm(@PathVariable long id) {
		return this.stock.confirm(CurrentActor.get(), id);
	}

}
