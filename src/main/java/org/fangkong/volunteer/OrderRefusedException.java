package org.fangkong.volunteer;

/**
 * A step the order's state does not allow (an illegal transition, the last seat taken by
 * someone else): answered with 409 and the message {@link #messageKey()} in the user's
 * language; nothing has been changed.
 */
public class OrderRefusedException extends RuntimeException {

	private final String messageKey;

	public OrderRefusedException(String messageKey) {
		super("order step refused: " + messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
