package org.fangkong.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.fangkong.support.MovableClock;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #19 (W1): a password bcrypt has verified is remembered for a short time; a wrong
 * one never is, a changed password is checked again, and the memory ends with its time.
 * Counts the real bcrypt checks (cost 4 to keep the test short).
 */
class VerifiedCredentialsTests {

	final AtomicInteger checks = new AtomicInteger();

	final PasswordEncoder bcrypt = new PasswordEncoder() {

		private final BCryptPasswordEncoder real = new BCryptPasswordEncoder(4);

		@Override
		public String encode(CharSequence raw) {
			return this.real.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			VerifiedCredentialsTests.this.checks.incrementAndGet();
			return this.real.matches(raw, encoded);
		}

	};

	final MovableClock clock = new MovableClock(Instant.parse("2020-02-01T00:00:00Z"), ZoneOffset.ofHours(8));

	final VerifiedCredentials encoder = new VerifiedCredentials(this.bcrypt, Duration.ofMinutes(5), this.clock);

	@Test
	void aVerifiedPasswordIsNotCheckedAgainUntilItsTimeEnds() {
		String stored = this.encoder.encode("correct horse");
		assertThat(this.encoder.matches("correct horse", stored)).isTrue();
		assertThat(this.encoder.matches("correct horse", stored)).isTrue();
		assertThat(this.checks).hasValue(1);
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.encoder.matches("correct horse", stored)).isTrue();
		assertThat(this.checks).as("expired: bcrypt again").hasValue(2);
	}

	@Test
	void aWrongPasswordIsCheckedEveryTimeAndNeverRemembered() {
		String stored = this.encoder.encode("correct horse");
		assertThat(this.encoder.matches("correct horse", stored)).isTrue();
		assertThat(this.encoder.matches("wrong horse", stored)).isFalse();
		assertThat(this.encoder.matches("wrong horse", stored)).isFalse();
		assertThat(this.checks).hasValue(3);
	}

	@Test
	void aChangedPasswordHasANewHashAndTheOldPasswordIsCheckedAgainstIt() {
		String before = this.encoder.encode("correct horse");
		assertThat(this.encoder.matches("correct horse", before)).isTrue();
		String after = this.encoder.encode("battery staple");
		assertThat(this.encoder.matches("correct horse", after)).isFalse();
		assertThat(this.encoder.matches("battery staple", after)).isTrue();
		assertThat(this.checks).hasValue(3);
	}

	@Test
	void aZeroTimeTurnsTheMemoryOff() {
		VerifiedCredentials off = new VerifiedCredentials(this.bcrypt, Duration.ZERO, this.clock);
		String stored = off.encode("correct horse");
		off.matches("correct horse", stored);
		off.matches("correct horse", stored);
		assertThat(this.checks).hasValue(2);
	}

}
