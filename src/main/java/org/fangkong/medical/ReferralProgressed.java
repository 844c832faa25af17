package org.fangkong.medical;

/**
 * A referral took a step that may change the person's measure (issue #12 item 2): an
 * outcome, an admission or a discharge. Ids only; {@link MeasureEventHandler} reads the
 * referral's state when it handles it.
 *
 * @param referralId the referral
 */
public record ReferralProgressed(long referralId) {

}
