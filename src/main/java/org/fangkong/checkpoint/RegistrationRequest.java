package org.fangkong.checkpoint;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A crossing as a crew member or an API client submits it (R-CP-3). Coded values arrive
 * as text and are checked field by field, so that a wrong one is named in the answer.
 * {@code outcome} and {@code crossedAt} are optional: PASSED and now.
 *
 * @param vehicleGroup optional: the same value on the registrations of one vehicle's
 * passengers
 */
public record RegistrationRequest(String direction, String idType, String idNumber, String name, String phone,
		String originClass, String originPlace, Long destinationJurisdictionId, String travelMode, String plate,
		String vehicleClass, Integer passengers, BigDecimal temperature, String healthCode, String outcome,
		OffsetDateTime crossedAt, String vehicleGroup) {

}
