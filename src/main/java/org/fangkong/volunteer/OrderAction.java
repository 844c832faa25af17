package org.fangkong.volunteer;

/** The steps of an order, as kept in its history (who, when). */
public enum OrderAction {

	ISSUED, ACCEPTED, DECLINED, FILLED, CHECKED_IN, STARTED, COMPLETED, DONE, CANCELLED

}
