package org.fangkong.shared;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** SECURITY.md IN1, IN2: ID numbers by their type, mobiles, plates, temperatures. */
class IdentityRulesTests {

	static final java.time.LocalDate TODAY = java.time.LocalDate.of(2020, 2, 3);

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "440524188001010014", "230781199001011239", "230781198507154523" })
	void acceptsResidentIdNumbersWithTheRightCheckCharacter(String number) {
		assertThat(ResidentIdNumber.isValid(number, TODAY)).isTrue();
		assertThat(IdType.RESIDENT_ID.accepts(number, TODAY)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "110105194912310021", // wrong check character (X expected)
			"440524188001010015", // wrong check character
			"230781199002301234", // 30 February
			"230781203001011234", // born in the future
			"23078119900101123", // 17 characters
			"2307811990010112345", // 19 characters
			"23078119900101123Y", // not a check character
			"２３０７８１１９９００１０１１２３３" // full-width digits
	})
	void rejectsBadResidentIdNumbers(String number) {
		assertThat(ResidentIdNumber.isValid(number, TODAY)).isFalse();
	}

	@Test
	void aBirthDateAfterTheClocksTodayIsRefusedAndAcceptedOnceItIsPast() {
		String first17 = "23078120200204123";
		String bornTomorrow = first17 + ResidentIdNumber.checkCharacter(first17);
		assertThat(ResidentIdNumber.isValid(bornTomorrow, TODAY)).isFalse();
		assertThat(ResidentIdNumber.isValid(bornTomorrow, TODAY.plusDays(1))).isTrue();
	}

	@Test
	void theCheckCharacterFollowsIso7064Mod112() {
		assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
		assertThat(ResidentIdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
	}

	@Test
	void birthDateAndSexComeFromTheNumber() {
		assertThat(ResidentIdNumber.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(ResidentIdNumber.sex("11010519491231002X")).isEqualTo("F");
		assertThat(ResidentIdNumber.sex("230781199001011239")).isEqualTo("M");
	}

	@Test
	void otherDocumentsHaveTheirOwnRules() {
		assertThat(IdType.PASSPORT.accepts("E12345678", TODAY)).isTrue();
		assertThat(IdType.PASSPORT.accepts("E1", TODAY)).isFalse();
		assertThat(IdType.HK_MACAO_PERMIT.accepts("H12345678", TODAY)).isTrue();
		assertThat(IdType.HK_MACAO_PERMIT.accepts("X12345678", TODAY)).isFalse();
		assertThat(IdType.TAIWAN_PERMIT.accepts("12345678", TODAY)).isTrue();
		assertThat(IdType.normalise(" e1234 5678 ")).isEqualTo("E12345678");
	}

	@Test
	void mobilesHaveElevenDigitsAndAKnownPrefix() {
		assertThat(ContactRules.isMobile("13900001234")).isTrue();
		assertThat(ContactRules.isMobile("19912345678")).isTrue();
		assertThat(ContactRules.isMobile("12900001234")).isFalse();
		assertThat(ContactRules.isMobile("1390000123")).isFalse();
		assertThat(ContactRules.isMobile("1390000123a")).isFalse();
	}

	@Test
	void platesAreStoredWithoutTheDotAndFollowTheFormat() {
		assertThat(ContactRules.normalisePlate("黑F·12345")).isEqualTo("黑F12345");
		assertThat(ContactRules.normalisePlate("黑f 12345")).isEqualTo("黑F12345");
		assertThat(ContactRules.isPlate("黑F12345")).isTrue();
		assertThat(ContactRules.isPlate("鄂AD12345")).as("new-energy plate").isTrue();
		assertThat(ContactRules.isPlate("黑FI2345")).as("no letter I").isFalse();
		assertThat(ContactRules.isPlate("黑1F2345")).as("a letter after the province").isFalse();
		assertThat(ContactRules.isPlate("XF12345")).as("a province first").isFalse();
		assertThat(ContactRules.isPlate("黑F1234")).as("too short").isFalse();
	}

	@Test
	void temperaturesRunFrom34To43WithOneDecimal() {
		assertThat(ContactRules.isTemperature(new BigDecimal("36.5"))).isTrue();
		assertThat(ContactRules.isTemperature(new BigDecimal("34.0"))).isTrue();
		assertThat(ContactRules.isTemperature(new BigDecimal("43.0"))).isTrue();
		assertThat(ContactRules.isTemperature(new BigDecimal("33.9"))).isFalse();
		assertThat(ContactRules.isTemperature(new BigDecimal("43.1"))).isFalse();
		assertThat(ContactRules.isTemperature(new BigDecimal("36.55"))).isFalse();
	}

}
