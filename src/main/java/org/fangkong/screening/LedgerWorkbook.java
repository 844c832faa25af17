package org.fangkong.screening;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
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

	/**
	 * The export's columns after the import's (issue #8 item 2): a status report, that
	 * the import ignores.
	 */
	static void reportHeader(Sheet sheet) {
		Row header = sheet.getRow(0);
		CellStyle style = header.getCell(0).getCellStyle();
		for (int i = 0; i < LedgerColumns.EXPORT_ONLY.size(); i++) {
			Cell cell = header.createCell(LedgerColumns.HEADERS.size() + i);
			cell.setCellValue(LedgerColumns.EXPORT_ONLY.get(i));
			cell.setCellStyle(style);
			sheet.setColumnWidth(LedgerColumns.HEADERS.size() + i, 3600);
		}
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
