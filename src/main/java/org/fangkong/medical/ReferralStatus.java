package org.fangkong.medical;

/**
 * Where a referral stands on its path (issue #12 item 2): OPEN until the fever clinic
 * received the patient, RECEIVED until a medic gave the outcome, CONCLUDED with an
 * outcome, ADMITTED to a bed of a facility, DISCHARGED from it (or sent home by the
 * outcome). {@link ReferralRules} says which step each state allows.
 */
public enum ReferralStatus {

	OPEN, RECEIVED, CONCLUDED, ADMITTED, DISCHARGED

}
