package org.fangkong.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6238's own test vectors (SHA-1, six digits), and the window around now. */
class TotpTests {

	static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037",
			"20000000000, 353130" })
	void theCodesAreThoseOfRfc6238(long seconds, String code) {
		assertThat(Totp.code(RFC_KEY, seconds / Totp.STEP_SECONDS)).isEqualTo(code);
	}

	@Test
	void aCodeCountsForTheStepBeforeAndAfterNowAndNoFurther() {
		String secret = Totp.base32(RFC_KEY);
		Instant now = Instant.ofEpochSecond(1111111111);
		assertThat(Totp.matchingStep(secret, "050471", now)).hasValue(1111111111 / 30);
		assertThat(Totp.matchingStep(secret, "050471", now.plusSeconds(30))).isPresent();
		assertThat(Totp.matchingStep(secret, "050471", now.plusSeconds(90))).isEmpty();
		assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
		assertThat(Totp.matchingStep(secret, null, now)).isEmpty();
	}

	@Test
	void base32RoundTrips() {
		String secret = Totp.newSecret();
		assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
		assertThat(Totp.base32(Totp.fromBase32(secret))).isEqualTo(secret);
		assertThat(Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
	}

}
