package org.fangkong.shared;

/** How a traveller travels (出行方式). */
public enum TravelMode {

	SELF_DRIVE, COACH, TRAIN, AIR, OTHER

}
