package org.fangkong.medical;

/**
 * The fever clinic's outcome of a referral (issue #12 item 2, SORMAS' case
 * classification): infection excluded, medical observation, suspected case, confirmed
 * case, or discharged (sent home after treatment).
 */
public enum ReferralOutcome {

	EXCLUDED, MEDICAL_OBSERVATION, SUSPECTED, CONFIRMED, DISCHARGED;

	/** Whether the outcome keeps the person in a facility (a bed may be given). */
	public boolean needsBed() {
		return this == MEDICAL_OBSERVATION || this == SUSPECTED || this == CONFIRMED;
	}

}
