package org.fangkong.shared;

import java.util.Set;

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
		Actor hotline = new Actor(1, "hotline", "h", Set.of(Role.HOTLINE_OPERATOR), 1, null);
		Actor grid = new Actor(2, "grid", "g", Set.of(Role.GRID_WORKER), 1, null);
		Actor both = new Actor(3, "both", "b", Set.of(Role.VOLUNTEER, Role.MEDIC), 1, null);
		assertThat(Masking.phoneFor(hotline, "13900001234")).isEqualTo("139****1234");
		assertThat(Masking.phoneFor(grid, "13900001234")).isEqualTo("13900001234");
		assertThat(Masking.phoneFor(both, "13900001234")).isEqualTo("13900001234");
	}

}
