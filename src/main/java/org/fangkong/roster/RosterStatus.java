package org.fangkong.roster;

/** Where a roster stands: a draft until a commander publishes it. */
public enum RosterStatus {

	DRAFT, SOLVING, SOLVED, PUBLISHED

}
