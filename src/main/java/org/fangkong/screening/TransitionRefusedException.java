package org.fangkong.screening;

import java.util.List;

import org.fangkong.shared.InvalidInputException;

/**
 * A state change a {@link Screening} refuses: an {@link InvalidInputException} naming the
 * field and the message key, so that it comes back as a 400 in the user's language (the
 * API) or as the form's error (a page). Nothing has been changed.
 */
class TransitionRefusedException extends InvalidInputException {

	TransitionRefusedException(String field, String messageKey, Object... args) {
		super(List.of(new Violation(field, messageKey, args)));
	}

}
