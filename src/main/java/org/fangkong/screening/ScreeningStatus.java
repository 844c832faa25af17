package org.fangkong.screening;

/**
 * Where a screening stands: under a measure, released from it, screened with no measure
 * needed, or closed because a handed-down lead did not hold.
 */
public enum ScreeningStatus {

	UNDER_MEASURE, RELEASED, NO_MEASURE, CLOSED

}
