package org.fangkong.supplies;

/**
 * The kinds of stock movement: in (a donation's goods, a purchase), between warehouses,
 * out (a distribution to a checkpoint, hospital, team or township; a loss).
 */
public enum MovementKind {

	DONATION, PURCHASE, TRANSFER, DISTRIBUTION, LOSS;

	/** Whether the movement brings goods into the system and so starts a lot. */
	public boolean inbound() {
		return this == DONATION || this == PURCHASE;
	}

}
