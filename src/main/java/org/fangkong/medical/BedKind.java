package org.fangkong.medical;

/**
 * The kinds of beds a facility has: beds of the dedicated ward for confirmed cases
 * (定点病房), beds of an observation ward (留观病床, also at the fever clinics), and the rooms of
 * a centralised isolation or observation site (隔离房间).
 */
public enum BedKind {

	DEDICATED, OBSERVATION, ISOLATION;

	/** The bed kinds an outcome takes, the preferred first. */
	static java.util.List<BedKind> preferredFor(ReferralOutcome outcome) {
		return switch (outcome) {
			case CONFIRMED -> java.util.List.of(DEDICATED, ISOLATION, OBSERVATION);
			case SUSPECTED -> java.util.List.of(ISOLATION, OBSERVATION, DEDICATED);
			default -> java.util.List.of(OBSERVATION, ISOLATION);
		};
	}

}
