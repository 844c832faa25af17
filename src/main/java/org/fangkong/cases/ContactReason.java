package org.fangkong.cases;

/**
 * Why a person is proposed as a close contact: registered in the same vehicle at a
 * checkpoint, arrived by the same train or flight number on the same day, lives in the
 * same household, checked together (same grid, same cadre, within 30 minutes), or added
 * by hand. The order is the strength: the first reason of a person wins.
 */
public enum ContactReason {

	SAME_VEHICLE, SAME_TRIP, SAME_HOUSEHOLD, CHECKED_TOGETHER, MANUAL

}
