package org.fangkong.screening;

/** The grid's check of a handed-down lead (核查结果). */
public enum LeadCheck {

	CONFIRMED_HERE, WRONG_DATA, NOT_LIVING_HERE, ALREADY_SCREENED

}
