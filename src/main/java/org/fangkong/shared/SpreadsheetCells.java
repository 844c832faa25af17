package org.fangkong.shared;

/**
 * Text written into a spreadsheet cell by an export (SECURITY.md UP5): a value that an
 * office suite would take for a formula ({@code = + - @}, a tab or a carriage return
 * first) is written as text with a leading apostrophe, so that opening an export never
 * runs what somebody typed into a form.
 */
public final class SpreadsheetCells {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetCells() {
	}

	/** The value as a cell may safely hold it; null stays null. */
	public static String neutralise(String value) {
		if (value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

}
