package org.fangkong.checkpoint;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.fangkong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules of a registration (R-CP-3 … R-CP-5, SECURITY.md IN1, IN2), without the
 * database.
 */
class RegistrationRulesTests {

	static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

	final RegistrationRules rules = new RegistrationRules(new BigDecimal("37.3"), Duration.ofDays(30));

	static RegistrationRequest request(String temperature, String outcome) {
		return new RegistrationRequest("IN", "RESIDENT_ID", "11010519491231002X", "张三", "13900001234", "HUBEI", "孝感",
				3L, "SELF_DRIVE", "鄂K12345", "PRIVATE_CAR", 2, new BigDecimal(temperature), "GREEN", outcome, null,
				null);
	}

	ValidRegistration check(RegistrationRequest request) {
		return this.rules.check(request, NOW, (id) -> id == 3L);
	}

	@Test
	void aFeverForcesTheFeverClinicWhateverWasChosen() {
		assertThat(check(request("37.3", "PASSED")).outcome()).isEqualTo(Outcome.FEVER_CLINIC);
		assertThat(check(request("38.2", "TURNED_BACK")).outcome()).isEqualTo(Outcome.FEVER_CLINIC);
		assertThat(check(request("37.2", "TURNED_BACK")).outcome()).isEqualTo(Outcome.TURNED_BACK);
		assertThat(check(request("36.5", null)).outcome()).isEqualTo(Outcome.PASSED);
	}

	@Test
	void theThresholdIsConfigurable() {
		RegistrationRules strict = new RegistrationRules(new BigDecimal("37.0"), Duration.ofDays(30));
		assertThat(strict.check(request("37.1", null), NOW, (id) -> true).outcome()).isEqualTo(Outcome.FEVER_CLINIC);
	}

	@Test
	void everyBrokenRuleIsNamedAtOnce() {
		RegistrationRequest bad = new RegistrationRequest("SIDEWAYS", "RESIDENT_ID", "110105194912310021", "", "12345",
				"MARS", null, 999L, "SELF_DRIVE", null, null, 0, new BigDecimal("45.0"), null, "FLY",
				OffsetDateTime.of(2027, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), null);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> check(bad))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(InvalidInputException.Violation::field)
				.containsExactlyInAnyOrder("direction", "idNumber", "name", "phone", "originClass",
						"destinationJurisdictionId", "plate", "passengers", "temperature", "healthCode", "outcome",
						"crossedAt"));
	}

	@Test
	void aCrossingKeepsItsRealTimeAndMayNotBeInTheFuture() {
		OffsetDateTime twoHoursAgo = NOW.minus(Duration.ofHours(2)).atOffset(ZoneOffset.ofHours(8));
		RegistrationRequest late = new RegistrationRequest("IN", "RESIDENT_ID", "11010519491231002X", "张三", null,
				"LOCAL", null, null, "OTHER", null, null, null, new BigDecimal("36.6"), "NONE", null, twoHoursAgo,
				null);
		assertThat(check(late).crossedAt()).isEqualTo(twoHoursAgo.toInstant());
		RegistrationRequest tooOld = new RegistrationRequest("IN", "RESIDENT_ID", "11010519491231002X", "张三", null,
				"LOCAL", null, null, "OTHER", null, null, null, new BigDecimal("36.6"), "NONE", null,
				NOW.minus(Duration.ofDays(31)).atOffset(ZoneOffset.UTC), null);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> check(tooOld));
	}

	@Test
	void aMaskedPhoneMeansKeepTheLastOne() {
		RegistrationRequest masked = new RegistrationRequest("IN", "RESIDENT_ID", "11010519491231002X", "张三",
				"139****1234", "LOCAL", null, null, "OTHER", null, null, null, new BigDecimal("36.6"), "NONE", null,
				null, null);
		ValidRegistration valid = check(masked);
		assertThat(valid.phone()).isNull();
		assertThat(valid.phoneFromLastCrossing()).isTrue();
	}

	@Test
	void platesAndTemperaturesAreNormalised() {
		RegistrationRequest request = new RegistrationRequest("out", "resident_id", " 11010519491231002x ", " 张三 ",
				null, "local", null, null, "self_drive", "鄂k·12345", "private_car", 1, new BigDecimal("36.50"), "green",
				null, null, null);
		ValidRegistration valid = check(request);
		assertThat(valid.idNumber()).isEqualTo("11010519491231002X");
		assertThat(valid.plate()).isEqualTo("鄂K12345");
		assertThat(valid.temperature()).isEqualByComparingTo("36.5");
		assertThat(valid.name()).isEqualTo("张三");
		assertThat(valid.direction()).isEqualTo(Direction.OUT);
	}

}
