package org.fangkong.screening;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fangkong.shared.InvalidInputException;

/**
 * The cells of the ledger workbook, read and written the same way for export, import and
 * the template (UP1, UP2, UP5), with the columns of {@link LedgerColumns}.
 */
final class LedgerWorkbook {

	static {
		// UP2: POI refuses zip bombs — a tiny compressed entry that inflates enormously.
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
	}

	private LedgerWorkbook() {
	}

	/** UP1: only a real .xlsx, recognised by its content, not by its name. */
	static Workbook open(InputStream content) throws IOException {
		InputStream in = content.markSupported() ? content : new BufferedInputStream(content);
		in.mark(4);
		byte[] magic = in.readNBytes(4);
		in.reset();
		if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
			throw InvalidInputException.of("file", "validation.import.notXlsx");
		}
		try {
			return new XSSFWorkbook(in);
		}
		catch (RuntimeException ex) {
			// POI signals a zip bomb or a broken package with runtime exceptions.
			throw InvalidInputException.of("file", "validation.import.notXlsx");
		}
	}

	/** A sheet with the template's header row, frozen. */
	static Sheet header(Workbook workbook) {
		Sheet sheet = workbook.createSheet("台账");
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row header = sheet.createRow(0);
		for (int i = 0; i < LedgerColumns.HEADERS.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(LedgerColumns.HEADERS.get(i));
			cell.setCellStyle(bold);
			sheet.setColumnWidth(i, (i == LedgerColumns.ID_NUMBER || i == LedgerColumns.ADDRESS) ? 6000 : 3600);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	/** The header row's texts, a blank for each gap. */
	static List<String> headerOf(Sheet sheet, DataFormatter formatter) {
		Row headerRow = sheet.getRow(0);
		List<String> header = new ArrayList<>();
		if (headerRow != null) {
			for (Cell cell : headerRow) {
				while (header.size() < cell.getColumnIndex()) {
					header.add("");
				}
				header.add(formatter.formatCellValue(cell));
			}
		}
		return header;
	}

	static String cell(Row row, Map<Integer, Integer> columns, int column, DataFormatter formatter) {
		Integer index = columns.get(column);
		if (index == null || row.getCell(index) == null) {
			return null;
		}
		String value = formatter.formatCellValue(row.getCell(index)).strip();
		return value.isEmpty() ? null : value;
	}

	/** A date cell, or a text such as 2020-2-1, 2020/2/1 or 2020.2.1. */
	static LocalDate date(Row row, Map<Integer, Integer> columns, int column, DataFormatter formatter, String field) {
		Integer index = columns.get(column);
		Cell cell = (index != null) ? row.getCell(index) : null;
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate();
		}
		String text = formatter.formatCellValue(cell).strip().replace('/', '-').replace('.', '-');
		if (text.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(text, DateTimeFormatter.ofPattern("yyyy-M-d"));
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of(field, "validation.date");
		}
	}

	static boolean isBlank(Row row, DataFormatter formatter) {
		for (Cell cell : row) {
			if (!formatter.formatCellValue(cell).isBlank()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * UP5: a cell that would start a formula is written as text with a leading
	 * apostrophe.
	 */
	static String neutralise(String value) {
		if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

	static void text(Row row, int column, String value) {
		if (value != null) {
			row.createCell(column).setCellValue(neutralise(value));
		}
	}

	static void date(Row row, int column, LocalDate value, CellStyle style) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(style);
		}
	}

}
