package org.fangkong.checkpoint;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fangkong.shared.TravelMode;
import org.fangkong.shared.ContactRules;
import org.fangkong.shared.FieldRules;
import org.fangkong.shared.IdType;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.OriginClass;

/**
 * The rules a registration must pass (SECURITY.md IN1, IN2), field by field: every broken
 * rule is reported at once, naming its field, and nothing is stored. Also the rule of
 * R-CP-5: a temperature at or above the fever threshold forces FEVER_CLINIC, whatever
 * outcome was chosen.
 */
final class RegistrationRules {

	private final BigDecimal feverThreshold;

	private final Duration maxLateness;

	RegistrationRules(BigDecimal feverThreshold, Duration maxLateness) {
		this.feverThreshold = feverThreshold;
		this.maxLateness = maxLateness;
	}

	BigDecimal feverThreshold() {
		return this.feverThreshold;
	}

	/**
	 * Checks a request. {@code knownNode} says whether a destination id is a node of the
	 * city; a phone that was shown masked (contains {@code *}) means "keep the phone of
	 * the last crossing".
	 */
	ValidRegistration check(RegistrationRequest request, Instant now, java.util.function.LongPredicate knownNode) {
		List<Violation> violations = new ArrayList<>();
		Direction direction = FieldRules.oneOf(Direction.class, "direction", request.direction(), true, violations);
		IdType idType = FieldRules.oneOf(IdType.class, "idType", request.idType(), true, violations);
		String idNumber = IdType.normalise(request.idNumber());
		if (idNumber == null || idNumber.isEmpty()) {
			violations.add(new Violation("idNumber", "validation.required"));
		}
		else if (idType != null && !idType.accepts(idNumber, latestDateAnywhere(now))) {
			violations.add(new Violation("idNumber",
					(idType == IdType.RESIDENT_ID) ? "validation.idNumber.resident" : "validation.idNumber"));
		}
		String name = FieldRules.text(request.name(), "name", 50, true, violations);
		String phone = (request.phone() != null) ? request.phone().replaceAll("[\\s-]", "") : null;
		boolean keepLastPhone = phone != null && phone.contains("*");
		if (phone != null && phone.isEmpty()) {
			phone = null;
		}
		if (phone != null && !keepLastPhone && !ContactRules.isMobile(phone)) {
			violations.add(new Violation("phone", "validation.phone"));
		}
		OriginClass originClass = FieldRules.oneOf(OriginClass.class, "originClass", request.originClass(), true,
				violations);
		String originPlace = FieldRules.text(request.originPlace(), "originPlace", 100, false, violations);
		Long destination = request.destinationJurisdictionId();
		if (destination != null && !knownNode.test(destination)) {
			violations.add(new Violation("destinationJurisdictionId", "validation.unknown"));
		}
		TravelMode travelMode = FieldRules.oneOf(TravelMode.class, "travelMode", request.travelMode(), true,
				violations);
		String plate = ContactRules.normalisePlate(request.plate());
		if (plate != null && plate.isEmpty()) {
			plate = null;
		}
		if (plate == null && travelMode == TravelMode.SELF_DRIVE) {
			violations.add(new Violation("plate", "validation.required"));
		}
		else if (plate != null && !ContactRules.isPlate(plate)) {
			violations.add(new Violation("plate", "validation.plate"));
		}
		VehicleClass vehicleClass = FieldRules.oneOf(VehicleClass.class, "vehicleClass", request.vehicleClass(), false,
				violations);
		if (plate != null && vehicleClass == null && request.vehicleClass() == null) {
			violations.add(new Violation("vehicleClass", "validation.required"));
		}
		Integer passengers = request.passengers();
		if (passengers != null && (passengers < 1 || passengers > 99)) {
			violations.add(new Violation("passengers", "validation.range", 1, 99));
		}
		String vehicleGroup = FieldRules.text(request.vehicleGroup(), "vehicleGroup", 40, false, violations);
		BigDecimal temperature = (request.temperature() != null) ? request.temperature().stripTrailingZeros() : null;
		if (temperature != null && temperature.scale() < 0) {
			temperature = temperature.setScale(0);
		}
		if (temperature == null) {
			violations.add(new Violation("temperature", "validation.required"));
		}
		else if (!ContactRules.isTemperature(temperature)) {
			violations.add(new Violation("temperature", "validation.temperature", ContactRules.MIN_TEMPERATURE,
					ContactRules.MAX_TEMPERATURE));
		}
		HealthCode healthCode = FieldRules.oneOf(HealthCode.class, "healthCode", request.healthCode(), true,
				violations);
		Outcome outcome = FieldRules.oneOf(Outcome.class, "outcome", request.outcome(), false, violations);
		Instant crossedAt = (request.crossedAt() != null) ? request.crossedAt().toInstant() : now;
		if (crossedAt.isAfter(now.plus(Duration.ofMinutes(5)))) {
			violations.add(new Violation("crossedAt", "validation.crossedAt.future"));
		}
		else if (crossedAt.isBefore(now.minus(this.maxLateness))) {
			violations.add(new Violation("crossedAt", "validation.crossedAt.tooOld", this.maxLateness.toDays()));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		BigDecimal reading = temperature.setScale(1, java.math.RoundingMode.UNNECESSARY);
		// R-CP-5: a fever goes to the fever clinic, whatever was chosen.
		Outcome decided = (reading.compareTo(this.feverThreshold) >= 0) ? Outcome.FEVER_CLINIC
				: (outcome != null) ? outcome : Outcome.PASSED;
		return new ValidRegistration(direction, idType, idNumber, name, keepLastPhone ? null : phone, keepLastPhone,
				originClass, originPlace, destination, travelMode, plate, (plate != null) ? vehicleClass : null,
				(plate != null) ? passengers : null, vehicleGroup, reading, healthCode, decided, crossedAt);
	}

	/**
	 * The calendar date at {@code now} in the time zone furthest ahead (UTC+14): a birth
	 * date after it lies in the future wherever the traveller was born.
	 */
	static java.time.LocalDate latestDateAnywhere(Instant now) {
		return java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.ofHours(14));
	}

}
