package org.fangkong.screening;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.fangkong.shared.SpreadsheetCells;

/**
 * The cells of the ledger workbook, read and written the same way for export, import and
 * the template (UP5); the import reads them with {@link LedgerSheet}, with the columns of
 * {@link LedgerColumns}.
 */
final class LedgerWorkbook {

	private LedgerWorkbook() {
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

	static void text(Row row, int column, String value) {
		if (value != null) {
			row.createCell(column).setCellValue(SpreadsheetCells.neutralise(value));
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
