package org.fangkong.shared;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SECURITY.md IN2 (issue #9 item 10): the parsers of ID numbers, phones, plates and
 * temperatures never fail with anything but a "no", and what they accept keeps their
 * promises. In the normal suite these run in regression mode, on the inputs kept under
 * {@code src/test/resources/org/fangkong/shared/IdentityParsersFuzzTestsInputs/} (every
 * input that once broke a rule stays there); {@code JAZZER_FUZZ=1} fuzzes them (see
 * docs/operations.md).
 */
class IdentityParsersFuzzTests {

	private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

	@FuzzTest(maxDuration = "30s")
	void idNumbers(FuzzedDataProvider data) {
		LocalDate today = EPOCH.plusDays(data.consumeInt(-36500, 36500));
		String number = IdType.normalise(data.consumeRemainingAsString());
		assertThat(IdType.normalise(number)).isEqualTo(number);
		for (IdType type : IdType.values()) {
			boolean accepted = type.accepts(number, today);
			if (accepted && type == IdType.RESIDENT_ID) {
				assertThat(number).hasSize(18);
				assertThat(number.charAt(17)).isEqualTo(ResidentIdNumber.checkCharacter(number));
				assertThat(ResidentIdNumber.birthDate(number)).isBeforeOrEqualTo(today);
				assertThat(ResidentIdNumber.sex(number)).isNotNull();
			}
		}
	}

	@FuzzTest(maxDuration = "30s")
	void phonesAndPlates(FuzzedDataProvider data) {
		String text = data.consumeRemainingAsString();
		if (ContactRules.isMobile(text)) {
			assertThat(text).hasSize(11).containsOnlyDigits();
		}
		String plate = ContactRules.normalisePlate(text);
		assertThat(ContactRules.normalisePlate(plate)).as("normalising twice changes nothing").isEqualTo(plate);
		if (ContactRules.isPlate(plate)) {
			assertThat(plate.length()).isBetween(7, 8);
			assertThat(plate).doesNotContain(" ", ".", "-");
		}
	}

	@FuzzTest(maxDuration = "30s")
	void temperatures(FuzzedDataProvider data) {
		String text = data.consumeRemainingAsString();
		BigDecimal temperature;
		try {
			temperature = new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			return;
		}
		if (ContactRules.isTemperature(temperature)) {
			assertThat(temperature.doubleValue()).isBetween(ContactRules.MIN_TEMPERATURE, ContactRules.MAX_TEMPERATURE);
			assertThat(temperature.scale()).isLessThanOrEqualTo(1);
		}
	}

}
