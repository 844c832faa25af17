package org.fangkong.screening;

import java.time.LocalDate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.fangkong.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SECURITY.md IN2 (issue #9 item 10): a date typed into a ledger is a day or a named
 * error, never another exception, and a day read from a text is read again the same from
 * its ISO form. Regression inputs:
 * {@code src/test/resources/org/fangkong/screening/LedgerDatesFuzzTestsInputs/}.
 */
class LedgerDatesFuzzTests {

	@FuzzTest(maxDuration = "30s")
	void anyText(FuzzedDataProvider data) {
		String text = data.consumeRemainingAsString();
		LocalDate day;
		try {
			day = LedgerDates.parse(text, "arrivalDate");
		}
		catch (InvalidInputException ex) {
			assertThat(ex.violations()).singleElement()
				.satisfies((v) -> assertThat(v.field()).isEqualTo("arrivalDate"));
			return;
		}
		if (day != null) {
			assertThat(LedgerDates.parse(day.toString(), "arrivalDate")).isEqualTo(day);
			assertThat(day.getYear()).isBetween(0, 9999);
		}
		else {
			assertThat(text).isBlank();
		}
	}

}
