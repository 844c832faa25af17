package org.fangkong.roster;

/** Where a swap of two shifts stands. */
public enum SwapStatus {

	REQUESTED, APPROVED, REFUSED

}
