package org.fangkong.volunteer;

/**
 * Where an order (调派指令) stands: issued and waiting for people, every seat taken, someone
 * arrived, done, or called off.
 */
public enum OrderStatus {

	ISSUED, FILLED, IN_PROGRESS, DONE, CANCELLED;

	/** Whether the order is still to be carried out. */
	public boolean open() {
		return this == ISSUED || this == FILLED || this == IN_PROGRESS;
	}

}
