package org.fangkong.volunteer;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * R-VOL-1: the echelon from the age on a day, at the edges of the bands (18–35, 36–50, 51
 * and over), a birthday on 29 February, and the birth-date bounds the list queries with
 * agreeing with the rule day by day.
 */
class EchelonRuleTests {

	final EchelonRule rule = new EchelonRule(18, List.of(35, 50));

	final LocalDate today = LocalDate.of(2026, 12, 1);

	@Test
	void theDayBeforeAndTheDayOfABirthdayDecideTheEchelon() {
		assertThat(this.rule.echelonOf(LocalDate.of(1990, 12, 2), this.today)).isEqualTo(1); // 35
		assertThat(this.rule.echelonOf(LocalDate.of(1990, 12, 1), this.today)).isEqualTo(2); // 36
																								// today
		assertThat(this.rule.echelonOf(LocalDate.of(1975, 12, 2), this.today)).isEqualTo(2); // 50
		assertThat(this.rule.echelonOf(LocalDate.of(1975, 12, 1), this.today)).isEqualTo(3); // 51
																								// today
		assertThat(this.rule.echelonOf(LocalDate.of(1940, 1, 1), this.today)).isEqualTo(3);
	}

	@Test
	void theReserveTakesPeopleFromTheirEighteenthBirthday() {
		assertThat(this.rule.oldEnough(LocalDate.of(2008, 12, 1), this.today)).isTrue();
		assertThat(this.rule.oldEnough(LocalDate.of(2008, 12, 2), this.today)).isFalse();
		assertThat(this.rule.echelonOf(LocalDate.of(2008, 12, 1), this.today)).isEqualTo(1);
	}

	@Test
	void peopleMoveUpAnEchelonAsTheyAge() {
		LocalDate birth = LocalDate.of(1991, 3, 15);
		assertThat(this.rule.echelonOf(birth, LocalDate.of(2027, 3, 14))).isEqualTo(1);
		assertThat(this.rule.echelonOf(birth, LocalDate.of(2027, 3, 15))).isEqualTo(2);
	}

	@Test
	void aLeapDayBirthdayCountsOnTheFirstOfMarchInOtherYears() {
		LocalDate leap = LocalDate.of(1992, 2, 29);
		assertThat(this.rule.echelonOf(leap, LocalDate.of(2028, 2, 28))).isEqualTo(1);
		assertThat(this.rule.echelonOf(leap, LocalDate.of(2028, 2, 29))).isEqualTo(2);
		assertThat(this.rule.echelonOf(LocalDate.of(1991, 2, 28), LocalDate.of(2027, 2, 28))).isEqualTo(2);
	}

	@Test
	void theBirthDateBoundsOfEachEchelonAgreeWithTheRule() {
		for (LocalDate day = LocalDate.of(2027, 2, 20); day.isBefore(LocalDate.of(2028, 3, 5)); day = day.plusDays(1)) {
			for (int e = 1; e <= 3; e++) {
				LocalDate[] bounds = this.rule.birthDates(e, day);
				assertThat(this.rule.echelonOf(bounds[1], day)).as("youngest of %d on %s", e, day).isEqualTo(e);
				assertThat(this.rule.oldEnough(bounds[1], day)).isTrue();
				if (e == 1) {
					assertThat(this.rule.oldEnough(bounds[1].plusDays(1), day)).isFalse();
				}
				else {
					assertThat(this.rule.echelonOf(bounds[1].plusDays(1), day)).isEqualTo(e - 1);
				}
				if (bounds[0] != null) {
					assertThat(this.rule.echelonOf(bounds[0], day)).as("oldest of %d on %s", e, day).isEqualTo(e);
					assertThat(this.rule.echelonOf(bounds[0].minusDays(1), day)).isEqualTo(e + 1);
				}
			}
		}
	}

	@Test
	void bandsThatDoNotRiseAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new EchelonRule(18, List.of(50, 35)));
		assertThat(new EchelonRule(18, List.of(30, 40, 55)).echelons()).isEqualTo(4);
	}

}
