package org.fangkong.cases;

/**
 * Why a person is proposed as a close contact: registered in the same vehicle at a
 * checkpoint, arrived by the same train or flight number on the same day, lives in the
 * same household, or added by hand.
 */
public enum ContactReason {

	SAME_VEHICLE, SAME_TRIP, SAME_HOUSEHOLD, MANUAL

}
