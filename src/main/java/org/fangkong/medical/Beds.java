package org.fangkong.medical;

import java.util.List;

import org.fangkong.shared.UnprocessableRequestException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Taking and freeing beds (issue #12 item 1). Occupancy never exceeds capacity, also
 * under concurrent admissions: a bed is taken by one conditional update of the facility's
 * bed row ({@code occupied < capacity} in its where clause, re-checked by PostgreSQL
 * after a concurrent admission commits), and the check {@code medical_bed_occupancy} on
 * the table is the last guard. Runs in the caller's transaction.
 */
@Component
class Beds {

	private final JdbcTemplate jdbc;

	Beds(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes a free bed of {@code kind} at the facility, or, when {@code kind} is null, of
	 * the first kind the outcome prefers that has one free. Returns the kind taken; a 422
	 * when none is free.
	 */
	BedKind take(long facilityId, BedKind kind, ReferralOutcome outcome) {
		List<BedKind> kinds = (kind != null) ? List.of(kind) : BedKind.preferredFor(outcome);
		for (BedKind candidate : kinds) {
			int taken = this.jdbc.update(
					"update medical_facility_bed set occupied = occupied + 1"
							+ " where facility_id = ? and kind = ? and occupied < capacity",
					facilityId, candidate.name());
			if (taken == 1) {
				return candidate;
			}
		}
		throw new UnprocessableRequestException("no free bed at facility " + facilityId, "medical.noFreeBed");
	}

	/** Frees a bed of {@code kind} at the facility. */
	void free(long facilityId, BedKind kind) {
		this.jdbc.update("update medical_facility_bed set occupied = occupied - 1"
				+ " where facility_id = ? and kind = ? and occupied > 0", facilityId, kind.name());
	}

}
