package org.fangkong.checkpoint;

import org.fangkong.shared.UnprocessableRequestException;

/**
 * An Idempotency-Key was used before with another request (RE1): answered with 422,
 * nothing stored.
 */
public class IdempotencyConflictException extends UnprocessableRequestException {

	public IdempotencyConflictException(String key) {
		super("Idempotency-Key reused with another request", "problem.idempotencyConflict");
	}

}
