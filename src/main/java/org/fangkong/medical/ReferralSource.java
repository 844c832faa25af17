package org.fangkong.medical;

/**
 * Where a fever was found: at a checkpoint, or on a daily check of someone under
 * observation.
 */
public enum ReferralSource {

	CHECKPOINT, DAILY_CHECK

}
