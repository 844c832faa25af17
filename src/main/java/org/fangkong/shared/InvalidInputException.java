package org.fangkong.shared;

import java.util.List;

/**
 * Input that breaks a rule. Each violation names the field and a message key of the
 * bundles, so that the web layer can answer in the user's language: a 400 with
 * {@code errors: [{field, message}]} on the API, the form's field errors on a page.
 * Nothing has been changed when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

	private final List<Violation> violations;

	public InvalidInputException(List<Violation> violations) {
		super("invalid input: " + violations.stream().map(Violation::field).toList());
		this.violations = List.copyOf(violations);
	}

	public static InvalidInputException of(String field, String messageKey, Object... args) {
		return new InvalidInputException(List.of(new Violation(field, messageKey, args)));
	}

	public List<Violation> violations() {
		return this.violations;
	}

	/** One broken rule: the field, the message key, and the key's arguments. */
	public record Violation(String field, String messageKey, Object... args) {

	}

}
