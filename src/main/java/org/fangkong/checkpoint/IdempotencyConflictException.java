package org.fangkong.checkpoint;

/**
 * An Idempotency-Key was used before with another request (RE1): answered with 422,
 * nothing stored.
 */
public class IdempotencyConflictException extends RuntimeException {

	public IdempotencyConflictException(String key) {
		super("Idempotency-Key reused with another request");
	}

}
