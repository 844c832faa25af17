package org.fangkong.shared;

/**
 * A well-formed request that cannot be carried out as it stands, e.g. an idempotency key
 * used before for another request: answered with 422 (a problem on the API, the error
 * page on pages) with the message {@link #messageKey()}, and nothing is changed.
 */
public class UnprocessableRequestException extends RuntimeException {

	private final String messageKey;

	public UnprocessableRequestException(String message, String messageKey) {
		super(message);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
