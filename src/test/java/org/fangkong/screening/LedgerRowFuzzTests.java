package org.fangkong.screening;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.fangkong.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SECURITY.md IN2, UP1 (issue #9 item 10): a row of a ledger spreadsheet, however its
 * cells were typed, is a report or a list of named cell errors, never another exception;
 * an ID number typed into a general cell is never read as scientific notation. A file,
 * however broken, is a sheet or "not an .xlsx" — never an exception that would answer
 * 500. Regression inputs: {@code src/test/resources/org/fangkong/screening/
 * LedgerRowFuzzTestsInputs/<method>/} (anyFile starts from the sheet LibreOffice saved).
 */
class LedgerRowFuzzTests {

	static final Set<String> FIELDS = Set.of("gridId", "idNumber", "idType", "originClass", "transportMode", "measure",
			"arrivalDate", "measureStart");

	static final long KNOWN_GRID = 42L;

	@FuzzTest(maxDuration = "30s")
	void anyRow(FuzzedDataProvider data) {
		Map<Integer, Integer> columns = new HashMap<>();
		Map<Integer, LedgerSheet.Cell> cells = new HashMap<>();
		for (int column = LedgerColumns.NAME; column <= LedgerColumns.NOTE; column++) {
			columns.put(column, column);
			LedgerSheet.Cell cell = cell(data);
			if (cell != null) {
				cells.put(column, cell);
			}
		}
		LedgerRowReader reader = new LedgerRowReader(columns,
				(code) -> "G1".equals(code) ? Optional.of(KNOWN_GRID) : Optional.empty());
		NewScreening report;
		try {
			report = reader.read(new LedgerSheet.Row(2, cells));
		}
		catch (InvalidInputException ex) {
			assertThat(ex.violations()).isNotEmpty()
				.allSatisfy((v) -> assertThat(FIELDS).contains(v.field()))
				.allSatisfy((v) -> assertThat(v.messageKey()).startsWith("validation."));
			return;
		}
		if (report.idNumber() != null) {
			// a rounded number (or its scientific notation, typed or shown) is refused; a
			// passport's letters that only look like an exponent are text
			assertThat(report.idNumber()).doesNotMatch("(?i)\\d(\\.\\d+)?E\\+?\\d+");
			LedgerSheet.Cell typed = cells.get(LedgerColumns.ID_NUMBER);
			if (typed != null && typed.number()) {
				assertThat(report.idNumber()).matches("-?[0-9.]+").hasSizeLessThanOrEqualTo(16);
			}
		}
		assertThat(report.gridId()).isIn(null, KNOWN_GRID);
	}

	@FuzzTest(maxDuration = "30s")
	void anyFile(byte[] content) throws Exception {
		LedgerSheet sheet;
		try {
			sheet = LedgerSheet.read(new ByteArrayInputStream(content), 50);
		}
		catch (InvalidInputException ex) {
			assertThat(ex.violations()).singleElement().satisfies((v) -> assertThat(v.field()).isEqualTo("file"));
			return;
		}
		assertThat(sheet.rows()).hasSizeLessThanOrEqualTo(50);
	}

	private static LedgerSheet.Cell cell(FuzzedDataProvider data) {
		return switch (data.consumeInt(0, 3)) {
			case 1 -> new LedgerSheet.Cell(data.consumeString(40), false, null);
			case 2 -> {
				double value = data.consumeRegularDouble();
				yield new LedgerSheet.Cell(LedgerRowReader.digits(value), true, null);
			}
			case 3 -> {
				LocalDate day = LocalDate.ofEpochDay(data.consumeLong(-700_000, 2_900_000));
				yield new LedgerSheet.Cell(day.toString(), false, day);
			}
			default -> null;
		};
	}

}
