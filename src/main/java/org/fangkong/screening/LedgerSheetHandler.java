package org.fangkong.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.fangkong.screening.LedgerSheet.Cell;
import org.fangkong.screening.LedgerSheet.Row;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The SAX handler of a worksheet part ({@code <row><c r t s><v>|<is><t>}) for
 * {@link LedgerSheet}: hands the header and each non-blank row below it to a sink, each
 * cell as the office suite stored it, and stops at the row after the cap (issue #9 item
 * 3, UP2).
 */
final class LedgerSheetHandler extends DefaultHandler {

	private final ReadOnlySharedStringsTable strings;

	private final StylesTable styles;

	private final boolean date1904;

	private final int maxRows;

	private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

	private final StringBuilder value = new StringBuilder();

	private final List<String> header = new ArrayList<>();

	private final LedgerSheet.Sink sink;

	private int count;

	private boolean headerSent;

	private Map<Integer, Cell> cells;

	private int rowNumber;

	private int column;

	private String type;

	private String style;

	private boolean inValue;

	private boolean inPhonetic;

	LedgerSheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904, int maxRows,
			LedgerSheet.Sink sink) {
		this.sink = sink;
		this.strings = strings;
		this.styles = styles;
		this.date1904 = date1904;
		this.maxRows = maxRows;
	}

	/** The header row's texts, a blank for each gap. */
	List<String> header() {
		return this.header;
	}

	/** Hands the header to the sink if no row did (a sheet with a header only). */
	void finish() {
		sendHeader();
	}

	private void sendHeader() {
		if (!this.headerSent) {
			this.headerSent = true;
			this.sink.header(List.copyOf(this.header));
		}
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "row" -> {
				String r = attributes.getValue("r");
				this.rowNumber = (r != null) ? Integer.parseInt(r) : this.rowNumber + 1;
				this.cells = new HashMap<>();
				this.column = -1;
			}
			case "c" -> {
				String ref = attributes.getValue("r");
				this.column = (ref != null) ? columnOf(ref) : this.column + 1;
				this.type = attributes.getValue("t");
				this.style = attributes.getValue("s");
				this.value.setLength(0);
			}
			case "v" -> this.inValue = true;
			case "t" -> this.inValue = !this.inPhonetic && "inlineStr".equals(this.type);
			case "rPh" -> this.inPhonetic = true;
			default -> {
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (this.inValue) {
			this.value.append(ch, start, length);
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		switch (localName) {
			case "v", "t" -> this.inValue = false;
			case "rPh" -> this.inPhonetic = false;
			case "c" -> cellEnded();
			case "row" -> rowEnded();
			default -> {
			}
		}
	}

	private void cellEnded() {
		boolean inHeader = this.rowNumber <= 1;
		if (this.cells == null || (!inHeader && this.column >= this.header.size())) {
			return;
		}
		Cell cell = cell(this.value.toString());
		if (cell != null) {
			this.cells.put(this.column, cell);
		}
	}

	private Cell cell(String raw) {
		if (raw.isEmpty()) {
			return null;
		}
		String t = (this.type != null) ? this.type : "n";
		switch (t) {
			case "s" -> {
				return new Cell(this.strings.getItemAt(Integer.parseInt(raw.strip())).getString(), false, null);
			}
			case "b" -> {
				return new Cell("1".equals(raw.strip()) ? "TRUE" : "FALSE", false, null);
			}
			case "n" -> {
				double number = Double.parseDouble(raw.strip());
				XSSFCellStyle cellStyle = (this.style != null) ? this.styles.getStyleAt(Integer.parseInt(this.style))
						: null;
				if (cellStyle != null
						&& DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
						&& DateUtil.isValidExcelDate(number)) {
					return new Cell(
							this.formatter.formatRawCellContents(number, cellStyle.getDataFormat(),
									cellStyle.getDataFormatString(), this.date1904),
							false, DateUtil.getLocalDateTime(number, this.date1904).toLocalDate());
				}
				return new Cell(LedgerRowReader.digits(number), true, null);
			}
			default -> {
				// inline strings, formula results as text, errors
				return new Cell(raw, false, null);
			}
		}
	}

	private void rowEnded() throws SAXException {
		if (this.cells == null) {
			return;
		}
		if (this.rowNumber <= 1) {
			this.cells.forEach((index, cell) -> {
				while (this.header.size() <= index) {
					this.header.add("");
				}
				this.header.set(index, cell.text());
			});
		}
		else if (this.cells.values().stream().anyMatch((cell) -> !cell.text().isBlank())) {
			if (this.count >= this.maxRows) {
				throw new TooManyRows();
			}
			this.count++;
			try {
				sendHeader();
				this.sink.row(new Row(this.rowNumber, this.cells));
			}
			catch (RuntimeException ex) {
				throw new SinkFailed(ex);
			}
		}
		this.cells = null;
	}

	/** The 0-based column of a cell reference such as {@code L12}. */
	static int columnOf(String ref) {
		int column = 0;
		for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
			column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
		}
		return column - 1;
	}

	/** Carries what the sink threw out of the parser. */
	static final class SinkFailed extends SAXException {

		private final RuntimeException failure;

		SinkFailed(RuntimeException failure) {
			super(failure);
			this.failure = failure;
		}

		RuntimeException failure() {
			return this.failure;
		}

	}

	/** Stops the parser at the row after the cap. */
	static final class TooManyRows extends SAXException {

		TooManyRows() {
			super("too many rows");
		}

	}

}
