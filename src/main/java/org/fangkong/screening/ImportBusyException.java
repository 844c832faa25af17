package org.fangkong.screening;

/**
 * Issue #9 item 3: the user's previous import (a dry run or a commit) still runs; this
 * one was refused and changed nothing. Answered 429 on the API, a message on the page.
 */
public class ImportBusyException extends RuntimeException {

	/** The message key of the answer, in both bundles. */
	public static final String MESSAGE_KEY = "validation.import.busy";

	ImportBusyException() {
		super("an import of this user is still running");
	}

}
