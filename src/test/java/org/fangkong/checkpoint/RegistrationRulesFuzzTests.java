package org.fangkong.checkpoint;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.fangkong.shared.ContactRules;
import org.fangkong.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SECURITY.md IN2 (issue #9 item 10): whatever a crew's phone or an API client sends, the
 * registration rules answer a valid registration or name the broken fields — never
 * another exception (a 500). A registration they accept is one the database takes.
 * Regression inputs:
 * {@code src/test/resources/org/fangkong/checkpoint/RegistrationRulesFuzzTestsInputs/}.
 */
class RegistrationRulesFuzzTests {

	private static final Instant NOW = Instant.parse("2020-02-03T08:00:00Z");

	private final RegistrationRules rules = new RegistrationRules(new BigDecimal("37.3"), Duration.ofDays(30));

	@FuzzTest(maxDuration = "60s")
	void anyRequest(FuzzedDataProvider data) {
		RegistrationRequest request = new RegistrationRequest(text(data, "IN", "OUT"),
				text(data, "RESIDENT_ID", "PASSPORT", "OTHER"), data.consumeString(30), data.consumeString(40),
				data.consumeString(20), text(data, "LOCAL", "HUBEI", "WUHAN", "OTHER_PROVINCE"), data.consumeString(60),
				data.consumeBoolean() ? data.consumeLong(-5, 1000) : null, text(data, "TRAIN", "CAR", "WALK"),
				data.consumeString(12), text(
						data, "CAR", "TRUCK", "BUS"),
				data.consumeBoolean() ? data.consumeInt(-5, 200) : null, temperature(data),
				text(data, "GREEN", "YELLOW", "RED"), text(data, "PASSED", "FEVER_CLINIC", "TURNED_BACK"),
				data.consumeBoolean() ? OffsetDateTime.ofInstant(NOW.plusSeconds(data.consumeLong(-90L * 86400, 86400)),
						ZoneOffset.UTC) : null,
				data.consumeBoolean() ? data.consumeString(40) : null);
		try {
			ValidRegistration valid = this.rules.check(request, NOW, (id) -> id > 0 && id < 100);
			assertThat(valid.name()).isNotBlank().hasSizeLessThanOrEqualTo(50);
			assertThat(ContactRules.isTemperature(valid.temperature())).isTrue();
			assertThat(valid.crossedAt()).isBeforeOrEqualTo(NOW.plus(Duration.ofMinutes(5)));
		}
		catch (InvalidInputException ex) {
			assertThat(ex.violations()).isNotEmpty();
		}
	}

	/**
	 * Mostly a known code, sometimes anything, so that the fuzzer gets past the codes.
	 */
	private static String text(FuzzedDataProvider data, String... known) {
		return data.consumeBoolean() ? data.pickValue(known) : data.consumeString(12);
	}

	private static BigDecimal temperature(FuzzedDataProvider data) {
		if (!data.consumeBoolean()) {
			return null;
		}
		return BigDecimal.valueOf(data.consumeLong(-100000, 100000), data.consumeInt(-3, 4));
	}

}
