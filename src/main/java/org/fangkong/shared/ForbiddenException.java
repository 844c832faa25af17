package org.fangkong.shared;

/**
 * The acting user may not do this (answered with 403). The message is for logs, not for
 * users.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
