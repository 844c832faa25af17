package org.fangkong.shared;

/**
 * No such record, or none the acting user may see: a record outside the user's
 * jurisdiction is answered exactly like one that does not exist, so that ids cannot be
 * probed (answered with 404).
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
