package org.fangkong.supplies;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The records the supplies module answers. */
public final class SupplyViews {

	private SupplyViews() {
	}

	/** An item of supplies (物资) with its unit and default low-stock level. */
	public record ItemView(long id, String code, String name, String unit, long lowLevel) {

	}

	/** A place that holds stock. */
	public record PlaceView(long id, String name, PlaceKind kind, Long checkpointId, long jurisdictionId) {

	}

	/**
	 * Stock on hand of one item at one place, all lots together ({@code low}: at or below
	 * the place's low-stock level).
	 */
	public record StockLine(long itemId, String itemName, long placeId, String placeName, long quantity, String unit,
			long lowLevel, boolean low) {

	}

	/**
	 * One movement. {@code lotId} is the inbound movement the goods came in with;
	 * {@code donationId} the donation behind that lot (null for a purchase);
	 * {@code confirmedAt} null while a delivery waits for the receiving crew.
	 */
	public record MovementView(long id, MovementKind kind, long itemId, String itemName, String unit, Long fromPlaceId,
			String fromPlaceName, Long toPlaceId, String toPlaceName, long quantity, long lotId, Long donationId,
			String receiptNo, String purchaseRef, Instant movedAt, String movedBy, Instant confirmedAt,
			String confirmedBy) {

		public boolean pending() {
			return this.confirmedAt == null;
		}

	}

	/** A donated item and how many. */
	public record DonationLine(long itemId, String itemName, String unit, long quantity) {

	}

	/** A donation as the staff see it (the donor named even when anonymous in public). */
	public record DonationView(long id, String receiptNo, String donorName, DonorKind donorKind, boolean anonymous,
			DonationKind kind, BigDecimal amount, Long placeId, String placeName, String note, Instant receivedAt,
			String receivedBy, List<DonationLine> lines) {

	}

	/**
	 * A donation on the public page: {@code donor} is null for an anonymous donor, whose
	 * name never leaves the server.
	 */
	public record PublicDonation(String receiptNo, String donor, DonorKind donorKind, DonationKind kind,
			BigDecimal amount, Instant receivedAt, List<DonationLine> lines) {

	}

	/** How much of an item went to a place in all. */
	public record PublicDestination(String placeName, PlaceKind placeKind, String itemName, String unit,
			long quantity) {

	}

	/** Totals of one item: received, distributed and on hand. */
	public record PublicItemTotal(String itemName, String unit, long received, long distributed) {

	}

	/** The public disclosure page (issue #17 item 3). */
	public record PublicDisclosure(BigDecimal cashTotal, List<PublicItemTotal> totals, List<PublicDonation> donations,
			List<PublicDestination> destinations, int page, boolean hasNext) {

		/** No keyset cursor: the pager pages by number. */
		public String next() {
			return null;
		}

	}

}
