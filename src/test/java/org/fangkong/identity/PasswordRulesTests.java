package org.fangkong.identity;

import java.util.ArrayList;
import java.util.List;

import org.fangkong.shared.InvalidInputException.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The password rules (SECURITY.md AU2), without Spring or the database. */
class PasswordRulesTests {

	final PasswordRules rules = new PasswordRules(12);

	List<Violation> check(String password, String username) {
		List<Violation> violations = new ArrayList<>();
		this.rules.check("password", password, username, violations);
		return violations;
	}

	@Test
	void aPasswordHasTheConfiguredLengthAtLeastAndIsNotTheUserName() {
		assertThat(check("long-enough-1", "someone")).isEmpty();
		assertThat(check("short", "someone")).extracting(Violation::messageKey)
			.containsExactly("validation.password.length");
		assertThat(check(null, "someone")).extracting(Violation::messageKey)
			.containsExactly("validation.password.length");
		assertThat(check("x".repeat(129), "someone")).extracting(Violation::messageKey)
			.containsExactly("validation.maxLength");
		assertThat(check("someone.long", "someone.long")).extracting(Violation::messageKey)
			.containsExactly("validation.password.username");
	}

	@Test
	void aChangeNamesEveryBrokenRuleAtOnce() {
		assertThat(this.rules.checkChange(true, "old-password-1", "new-password-1", "new-password-1", "someone"))
			.isEmpty();
		assertThat(this.rules.checkChange(false, "wrong", "short", "other", "someone")).extracting(Violation::field)
			.containsExactly("currentPassword", "newPassword", "confirmation");
		assertThat(this.rules.checkChange(true, "same-password-1", "same-password-1", "same-password-1", "someone"))
			.extracting(Violation::messageKey)
			.containsExactly("validation.password.same");
	}

}
