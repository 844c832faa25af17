package org.fangkong.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** SECURITY.md PR1: identifiers encrypted at rest, found again by a keyed hash. */
class PersonalDataProtectionTests {

	final PersonalDataProtection protection = new PersonalDataProtection(PersonalDataProtection.DEMO_KEY);

	@Test
	void encryptsSoThatTheStoredValueRevealsNothingAndDecryptsBack() {
		String stored = this.protection.encrypt("11010519491231002X");
		assertThat(stored).doesNotContain("110105", "002X");
		assertThat(this.protection.encrypt("11010519491231002X")).as("a fresh IV each time").isNotEqualTo(stored);
		assertThat(this.protection.decrypt(stored)).isEqualTo("11010519491231002X");
		assertThat(this.protection.encrypt(null)).isNull();
	}

	@Test
	void theLookupHashIsStableAndKeyed() {
		PersonalDataProtection other = new PersonalDataProtection(
				java.util.Base64.getEncoder().encodeToString("another-key-of-at-least-32-bytes!!".getBytes()));
		assertThat(this.protection.lookupHash("13900001234")).isEqualTo(this.protection.lookupHash("13900001234"))
			.isNotEqualTo(other.lookupHash("13900001234"));
	}

	@Test
	void aValueEncryptedWithAnotherKeyCannotBeRead() {
		PersonalDataProtection other = new PersonalDataProtection(
				java.util.Base64.getEncoder().encodeToString("another-key-of-at-least-32-bytes!!".getBytes()));
		String stored = other.encrypt("13900001234");
		assertThatIllegalStateException().isThrownBy(() -> this.protection.decrypt(stored));
	}

}
