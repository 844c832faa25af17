package org.fangkong.medical;

/**
 * Where a referral came from: a fever at a checkpoint, a fever on a daily check of
 * someone under observation, or a call about symptoms to the hotline.
 */
public enum ReferralSource {

	CHECKPOINT, DAILY_CHECK, HOTLINE

}
