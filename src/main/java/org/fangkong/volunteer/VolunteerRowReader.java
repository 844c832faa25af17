package org.fangkong.volunteer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;

/**
 * Reads a row of the reserve's workbook (the columns of {@link VolunteerColumns}) into a
 * volunteer to register, as office suites store the cells: a phone or ID number typed
 * into a general cell is a number (LibreOffice saves it so) and is read as its digits;
 * dates as date cells, text or 8 digits; times as time cells or text. A cell that cannot
 * be read is reported with its field, like a broken rule.
 */
final class VolunteerRowReader {

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
			DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"),
			DateTimeFormatter.BASIC_ISO_DATE);

	private VolunteerRowReader() {
	}

	static Map<Integer, Integer> columns(Row header) {
		Map<Integer, Integer> columns = new HashMap<>();
		if (header != null) {
			for (Cell cell : header) {
				int known = VolunteerColumns.HEADERS.indexOf(cell.toString().strip());
				if (known >= 0) {
					columns.put(known, cell.getColumnIndex());
				}
			}
		}
		if (!columns.containsKey(VolunteerColumns.NAME) || !columns.containsKey(VolunteerColumns.BIRTH_DATE)) {
			throw InvalidInputException.of("file", "volunteer.import.header");
		}
		return columns;
	}

	static boolean blank(Row row, Map<Integer, Integer> columns) {
		return columns.keySet().stream().allMatch((c) -> text(row, columns, c) == null);
	}

	static NewVolunteer read(Row row, Map<Integer, Integer> columns) {
		List<Violation> violations = new ArrayList<>();
		LocalDate birth = date(row, columns, violations);
		Set<VolunteerSkill> skills = EnumSet.noneOf(VolunteerSkill.class);
		String skillText = text(row, columns, VolunteerColumns.SKILLS);
		if (skillText != null) {
			for (String label : skillText.split("[、,，;；\\s]+")) {
				if (label.isBlank()) {
					continue;
				}
				VolunteerSkill skill = VolunteerColumns.skill(label.strip());
				if (skill == null) {
					violations.add(new Violation("skills", "volunteer.import.skillUnknown", label));
				}
				else {
					skills.add(skill);
				}
			}
		}
		Integer medical = null;
		String medicalText = text(row, columns, VolunteerColumns.MEDICAL_ECHELON);
		if (medicalText != null) {
			try {
				medical = Integer.valueOf(medicalText);
			}
			catch (NumberFormatException ex) {
				violations.add(new Violation("medicalEchelon", "validation.range", 1, 3));
			}
		}
		Integer idColumn = columns.get(VolunteerColumns.ID_NUMBER);
		Cell id = (idColumn != null) ? row.getCell(idColumn) : null;
		if (id != null && id.getCellType() == CellType.NUMERIC
				&& text(row, columns, VolunteerColumns.ID_NUMBER).length() > 15) {
			violations.add(new Violation("idNumber", "validation.import.idRounded",
					text(row, columns, VolunteerColumns.ID_NUMBER)));
		}
		LocalTime from = time(row, columns, VolunteerColumns.AVAILABLE_FROM, "availableFrom", violations);
		LocalTime until = time(row, columns, VolunteerColumns.AVAILABLE_UNTIL, "availableUntil", violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new NewVolunteer(text(row, columns, VolunteerColumns.NAME), text(row, columns, VolunteerColumns.UNIT),
				birth, skills, medical, text(row, columns, VolunteerColumns.PHONE),
				text(row, columns, VolunteerColumns.ID_NUMBER), from, until, null, null);
	}

	/**
	 * A cell's text, null when blank: a number not formatted as a date as its digits in
	 * full (a phone typed into a general cell), never in scientific notation.
	 */
	static String text(Row row, Map<Integer, Integer> columns, int column) {
		Integer index = columns.get(column);
		Cell cell = (index != null) ? row.getCell(index) : null;
		if (cell == null) {
			return null;
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		String value = switch (type) {
			case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
		value = value.strip();
		return value.isEmpty() ? null : value;
	}

	private static LocalDate date(Row row, Map<Integer, Integer> columns, List<Violation> violations) {
		Cell cell = row.getCell(columns.get(VolunteerColumns.BIRTH_DATE));
		if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate();
		}
		String text = text(row, columns, VolunteerColumns.BIRTH_DATE);
		if (text == null) {
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text, format.withResolverStyle(java.time.format.ResolverStyle.STRICT));
			}
			catch (java.time.format.DateTimeParseException ex) {
				// the next format
			}
		}
		violations.add(new Violation("birthDate", "volunteer.import.date", text));
		return null;
	}

	private static LocalTime time(Row row, Map<Integer, Integer> columns, int column, String field,
			List<Violation> violations) {
		Integer index = columns.get(column);
		Cell cell = (index != null) ? row.getCell(index) : null;
		if (cell != null && cell.getCellType() == CellType.NUMERIC) {
			double fraction = cell.getNumericCellValue() % 1;
			return LocalTime.ofSecondOfDay(Math.round(fraction * 86_400) % 86_400);
		}
		String text = text(row, columns, column);
		if (text == null) {
			return null;
		}
		try {
			return LocalTime.parse((text.length() == 4) ? "0" + text : text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			violations.add(new Violation(field, "validation.invalid"));
			return null;
		}
	}

}
