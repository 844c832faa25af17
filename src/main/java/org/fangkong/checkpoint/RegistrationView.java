package org.fangkong.checkpoint;

import java.math.BigDecimal;
import java.time.Instant;

import org.fangkong.shared.TravelMode;
import org.fangkong.shared.IdType;
import org.fangkong.shared.OriginClass;

/**
 * A registration as a user may see it: {@code idNumber} and {@code phone} are masked
 * unless the user's role needs them (SECURITY.md AC5).
 */
public record RegistrationView(long id, long checkpointId, Direction direction, IdType idType, String idNumber,
		String name, String phone, OriginClass originClass, String originPlace, Long destinationJurisdictionId,
		TravelMode travelMode, String plate, VehicleClass vehicleClass, Integer passengers, String vehicleGroup,
		BigDecimal temperature, HealthCode healthCode, Outcome outcome, RegistrationSource source, Instant crossedAt,
		Instant recordedAt, boolean lateEntry, String recordedBy) {

	/** Whether the crossing sent the traveller to a fever clinic (R-CP-5). */
	public boolean referral() {
		return this.outcome == Outcome.FEVER_CLINIC;
	}

}
