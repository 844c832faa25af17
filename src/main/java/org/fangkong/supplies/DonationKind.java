package org.fangkong.supplies;

/** A donation of cash or of goods. */
public enum DonationKind {

	CASH, GOODS

}
