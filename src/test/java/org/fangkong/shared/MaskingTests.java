package org.fangkong.shared;

import org.fangkong.support.Actors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Masking as users of Chinese government software expect it (SYSTEM.md, "Conventions").
 */
class MaskingTests {

	@Test
	void idNumbersKeepTheFirstAndLastFourCharacters() {
		assertThat(Masking.idNumber("23078119800101123X")).isEqualTo("2307**********123X");
		assertThat(Masking.idNumber("E12345678")).isEqualTo("E123*5678");
		assertThat(Masking.idNumber("1234")).isEqualTo("****");
		assertThat(Masking.idNumber(null)).isNull();
	}

	@Test
	void phonesKeepThreeAndFourDigits() {
		assertThat(Masking.phone("13900001234")).isEqualTo("139****1234");
		assertThat(Masking.phone("12345")).isEqualTo("*****");
	}

	@Test
	void rolesThatDoNotNeedIdentifiersSeeThemMasked() {
		Actor hotline = Actors.user("hotline").id(1).role(Role.HOTLINE_OPERATOR).build();
		Actor grid = Actors.user("grid").id(2).role(Role.GRID_WORKER).build();
		Actor both = Actors.user("both").id(3).role(Role.VOLUNTEER, Role.MEDIC).build();
		assertThat(Masking.phoneFor(hotline, "13900001234")).isEqualTo("139****1234");
		assertThat(Masking.phoneFor(grid, "13900001234")).isEqualTo("13900001234");
		assertThat(Masking.phoneFor(both, "13900001234")).isEqualTo("13900001234");
	}

}
