package org.fangkong.supplies;

import java.util.ArrayList;
import java.util.List;

import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;

/** The rules of a movement request, every violation at once. */
final class MovementCheck {

	static final long MAX_QUANTITY = 10_000_000;

	private MovementCheck() {
	}

	static void validate(NewMovement request) {
		List<Violation> violations = new ArrayList<>();
		if (request.itemId() == null) {
			violations.add(new Violation("itemId", "supplies.invalid.item"));
		}
		if (request.quantity() == null || request.quantity() <= 0 || request.quantity() > MAX_QUANTITY) {
			violations.add(new Violation("quantity", "supplies.invalid.quantity", MAX_QUANTITY));
		}
		if (request.toPlaceId() != null && request.toCheckpointId() != null) {
			violations.add(new Violation("toCheckpointId", "supplies.invalid.twoDestinations"));
		}
		boolean to = request.toPlaceId() != null || request.toCheckpointId() != null;
		if (request.fromPlaceId() == null && !to) {
			violations.add(new Violation("toPlaceId", "supplies.invalid.nowhere"));
		}
		if (request.fromPlaceId() != null && request.fromPlaceId().equals(request.toPlaceId())) {
			violations.add(new Violation("toPlaceId", "supplies.invalid.samePlace"));
		}
		text(violations, "purchaseRef", request.purchaseRef(), 100);
		text(violations, "note", request.note(), 500);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	static void text(List<Violation> violations, String field, String value, int max) {
		if (value != null && value.length() > max) {
			violations.add(new Violation(field, "supplies.invalid.tooLong", max));
		}
	}

}
