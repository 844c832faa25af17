package org.fangkong.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fangkong.shared.InvalidInputException.Violation;

/**
 * The rules a new password must pass (SECURITY.md AU2): at least the configured length,
 * at most 128 characters, not the user name. Every broken rule is reported, naming its
 * field; nothing here reads the database or the password encoder.
 */
final class PasswordRules {

	static final int MAX_LENGTH = 128;

	private final int minLength;

	PasswordRules(int minLength) {
		this.minLength = minLength;
	}

	/**
	 * Adds to {@code violations} what is wrong with {@code password} for
	 * {@code username}.
	 */
	void check(String field, String password, String username, List<Violation> violations) {
		if (password == null || password.length() < this.minLength) {
			violations.add(new Violation(field, "validation.password.length", this.minLength));
		}
		else if (password.length() > MAX_LENGTH) {
			violations.add(new Violation(field, "validation.maxLength", MAX_LENGTH));
		}
		else if (Objects.equals(password, username)) {
			violations.add(new Violation(field, "validation.password.username"));
		}
	}

	/**
	 * What is wrong with a change of one's own password: the current password must be
	 * right ({@code currentMatches}, checked by the caller against the stored hash), the
	 * new one must pass {@link #check}, be confirmed and differ from the current one.
	 * @return the violations, in the order of the form's fields; empty when all is well
	 */
	List<Violation> checkChange(boolean currentMatches, String currentPassword, String newPassword, String confirmation,
			String username) {
		List<Violation> violations = new ArrayList<>();
		if (currentPassword == null || !currentMatches) {
			violations.add(new Violation("currentPassword", "validation.password.current"));
		}
		check("newPassword", newPassword, username, violations);
		if (newPassword != null && !newPassword.equals(confirmation)) {
			violations.add(new Violation("confirmation", "validation.password.confirmation"));
		}
		if (newPassword != null && currentPassword != null && newPassword.equals(currentPassword)) {
			violations.add(new Violation("newPassword", "validation.password.same"));
		}
		return violations;
	}

}
