package org.fangkong.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.ResidentIdNumber;
import org.fangkong.screening.LedgerSheet.Cell;
import org.fangkong.screening.LedgerSheet.Row;

/**
 * A row of a ledger workbook as people save it (issue #8 item 4): cells an office suite
 * stored as numbers read as their digits (a 12-digit grid code, a phone), an ID number
 * the suite already rounded to 15 significant digits refused with the reason and the fix,
 * dates read strictly, labels matched with their common variants. Every problem of the
 * row is reported at once, each naming its real cause.
 */
final class LedgerRowReader {

	/** Significant digits a spreadsheet keeps of a number (IEEE double, as shown). */
	static final int SPREADSHEET_DIGITS = 15;

	private final Map<Integer, Integer> columns;

	private final Function<String, Optional<Long>> gridByCode;

	LedgerRowReader(Map<Integer, Integer> columns, Function<String, Optional<Long>> gridByCode) {
		this.columns = columns;
		this.gridByCode = gridByCode;
	}

	/** The report a row makes; every unreadable cell of it refused together. */
	NewScreening read(Row row) {
		List<Violation> violations = new ArrayList<>();
		String grid = text(row, LedgerColumns.GRID);
		Long gridId = null;
		if (grid != null) {
			gridId = this.gridByCode.apply(grid).orElse(null);
			if (gridId == null) {
				violations.add(new Violation("gridId", "validation.import.gridUnknown", grid));
			}
		}
		String idNumber = idNumber(row, violations);
		String idType = label(LedgerColumns.ID_TYPES, row, LedgerColumns.ID_TYPE, "idType", violations);
		String origin = label(LedgerColumns.ORIGINS, row, LedgerColumns.ORIGIN_CLASS, "originClass", violations);
		String mode = label(LedgerColumns.MODES, row, LedgerColumns.TRANSPORT, "transportMode", violations);
		String measure = label(LedgerColumns.MEASURES, row, LedgerColumns.MEASURE, "measure", violations);
		LocalDate arrival = date(row, LedgerColumns.ARRIVAL, "arrivalDate", violations);
		LocalDate start = date(row, LedgerColumns.START, "measureStart", violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new NewScreening(text(row, LedgerColumns.NAME), text(row, LedgerColumns.SEX), idType, idNumber,
				text(row, LedgerColumns.PHONE), null, text(row, LedgerColumns.ADDRESS), gridId,
				LeadSource.HANDED_DOWN.name(), origin, text(row, LedgerColumns.ORIGIN), null, arrival, mode,
				text(row, LedgerColumns.TRANSPORT_NUMBER), null, null, null, null, measure, start,
				text(row, LedgerColumns.NOTE));
	}

	/**
	 * The text of a column's cell, null when blank. A number not formatted as a date is
	 * its digits in full: never the scientific notation of a general cell, never
	 * double→String.
	 */
	String text(Row row, int column) {
		Cell cell = cell(row, column);
		if (cell == null) {
			return null;
		}
		String value = cell.text().strip();
		return value.isEmpty() ? null : value;
	}

	/** A number as the digits it holds: 230781100001, 36.5. */
	static String digits(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/**
	 * Whether a text is an ID number a spreadsheet rounded: more digits than it keeps
	 * (from a numeric cell), in scientific notation, or 18 digits ending in 000 with a
	 * wrong check character.
	 */
	static boolean looksRounded(String text, boolean fromNumber) {
		if (fromNumber) {
			return text.replace(".", "").length() > SPREADSHEET_DIGITS;
		}
		return text.matches("(?i)\\d(\\.\\d+)?E\\+?\\d+")
				|| (text.matches("\\d{15}000") && text.charAt(17) != ResidentIdNumber.checkCharacter(text));
	}

	private String idNumber(Row row, List<Violation> violations) {
		String text = text(row, LedgerColumns.ID_NUMBER);
		if (text != null && looksRounded(text, isPlainNumber(cell(row, LedgerColumns.ID_NUMBER)))) {
			violations.add(new Violation("idNumber", "validation.import.idRounded", text));
			return null;
		}
		return text;
	}

	private <E extends Enum<E>> String label(Map<E, String> labels, Row row, int column, String field,
			List<Violation> violations) {
		try {
			return LedgerColumns.code(labels, text(row, column), field);
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.violations());
			return null;
		}
	}

	private LocalDate date(Row row, int column, String field, List<Violation> violations) {
		Cell cell = cell(row, column);
		if (cell == null) {
			return null;
		}
		try {
			if (cell.date() != null) {
				return cell.date();
			}
			return LedgerDates.parse(text(row, column), field);
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.violations());
			return null;
		}
	}

	private Cell cell(Row row, int column) {
		Integer index = this.columns.get(column);
		return (index != null) ? row.cells().get(index) : null;
	}

	private static boolean isPlainNumber(Cell cell) {
		return cell != null && cell.number();
	}

}
