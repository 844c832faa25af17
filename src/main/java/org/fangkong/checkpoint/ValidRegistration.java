package org.fangkong.checkpoint;

import java.math.BigDecimal;
import java.time.Instant;

import org.fangkong.shared.TravelMode;
import org.fangkong.shared.IdType;
import org.fangkong.shared.OriginClass;

/** A registration request that passed every rule: normalised, typed and complete. */
record ValidRegistration(Direction direction, IdType idType, String idNumber, String name, String phone,
		boolean phoneFromLastCrossing, OriginClass originClass, String originPlace, Long destinationJurisdictionId,
		TravelMode travelMode, String plate, VehicleClass vehicleClass, Integer passengers, String vehicleGroup,
		BigDecimal temperature, HealthCode healthCode, Outcome outcome, Instant crossedAt) {

}
