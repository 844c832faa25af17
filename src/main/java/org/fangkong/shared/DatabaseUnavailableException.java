package org.fangkong.shared;

/**
 * Carries a failure to reach the database out of a place that would otherwise answer
 * something else (e.g. a login that could not load the user would answer 401): the
 * platform's filter answers it 503 with Retry-After (SECURITY.md RE5).
 */
public class DatabaseUnavailableException extends RuntimeException {

	public DatabaseUnavailableException(Throwable cause) {
		super("the database cannot be reached", cause);
	}

}
