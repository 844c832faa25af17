package org.fangkong.screening;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.fangkong.shared.InvalidInputException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of a ledger workbook, read as a stream of XML events (issue #9 item 3,
 * UP2): no workbook is built in memory, rows are counted while they are read, and reading
 * stops at the row after the cap. Only the header and the non-blank rows below it are
 * kept, each with the cells under the header's columns.
 */
final class LedgerSheet {

	/**
	 * UP2: the largest part of a package read, inflated. A sheet of {@code MAX_ROWS} full
	 * rows takes a few MB; a larger part is refused as not a valid .xlsx.
	 */
	static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;

	static {
		// UP2: POI refuses zip bombs — a tiny compressed entry that inflates enormously.
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
	}

	/**
	 * A cell as an office suite stored it: its text (a number not formatted as a date as
	 * its digits), whether it was a number, and the day of a date-formatted number.
	 */
	record Cell(String text, boolean number, LocalDate date) {

	}

	/**
	 * A row with its number in the sheet (the header is row 1) and its cells by column.
	 */
	record Row(int number, Map<Integer, Cell> cells) {

	}

	private final List<String> header;

	private final List<Row> rows;

	private LedgerSheet(List<String> header, List<Row> rows) {
		this.header = header;
		this.rows = rows;
	}

	/** The header row's texts, a blank for each gap. */
	List<String> header() {
		return this.header;
	}

	/** The non-blank rows below the header, at most the cap. */
	List<Row> rows() {
		return this.rows;
	}

	/**
	 * Reads the first sheet whole (for small files and tests): see {@link #stream}.
	 */
	static LedgerSheet read(InputStream content, int maxRows) throws IOException {
		List<String> header = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		stream(content, maxRows, new Sink() {
			@Override
			public void header(List<String> texts) {
				header.addAll(texts);
			}

			@Override
			public void row(Row row) {
				rows.add(row);
			}
		});
		return new LedgerSheet(header, rows);
	}

	/**
	 * Reads the first sheet as a stream (W2: memory stays flat whatever the file's
	 * length): the header, then each non-blank row below it, handed to {@code sink} as
	 * they are parsed. UP1: only a real .xlsx, recognised by its content; a file with
	 * more than {@code maxRows} non-blank rows below the header is refused as soon as the
	 * row after the cap is read (the rows before it have reached the sink). What the sink
	 * throws is thrown as it is.
	 */
	static void stream(InputStream content, int maxRows, Sink sink) throws IOException {
		InputStream in = content.markSupported() ? content : new BufferedInputStream(content);
		in.mark(4);
		byte[] magic = in.readNBytes(4);
		in.reset();
		if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
			throw InvalidInputException.of("file", "validation.import.notXlsx");
		}
		// A zip file is read entry by entry (a stream would be read whole first); UP3: a
		// generated name, deleted after reading.
		Path file = Files.createTempFile("fangkong-import-", ".xlsx");
		// POI's limit is one for the process, and other imports set theirs when first
		// used
		allowRows(maxRows);
		try {
			Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
				read(pkg, maxRows, sink);
			}
			catch (LedgerSheetHandler.SinkFailed ex) {
				throw ex.failure();
			}
			catch (InvalidInputException ex) {
				throw ex;
			}
			catch (Exception ex) {
				// POI signals a zip bomb, an entry over the size limit or a broken
				// package with runtime exceptions, I/O and SAX errors alike.
				throw InvalidInputException.of("file", "validation.import.notXlsx");
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/**
	 * UP2: the largest part of a package read, inflated, for sheets of up to
	 * {@code maxRows} rows (about 2 KB a full row, never less than
	 * {@link #MAX_ENTRY_BYTES}). POI's limit is one for the whole process.
	 */
	static synchronized void allowRows(int maxRows) {
		long bytes = Math.max(MAX_ENTRY_BYTES, maxRows * 2048L);
		if (bytes > ZipSecureFile.getMaxEntrySize()) {
			ZipSecureFile.setMaxEntrySize(bytes);
		}
	}

	private static void read(OPCPackage pkg, int maxRows, Sink sink) throws Exception {
		XSSFReader reader = new XSSFReader(pkg);
		ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
		StylesTable styles = reader.getStylesTable();
		boolean date1904 = date1904(reader);
		XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
		if (!sheets.hasNext()) {
			throw InvalidInputException.of("file", "validation.import.header");
		}
		LedgerSheetHandler handler = new LedgerSheetHandler(strings, styles, date1904, maxRows, sink);
		try (InputStream sheet = sheets.next()) {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(handler);
			parser.parse(new InputSource(sheet));
		}
		catch (LedgerSheetHandler.TooManyRows ex) {
			throw InvalidInputException.of("file", "validation.import.tooManyRows", maxRows);
		}
		handler.finish();
	}

	/** Where {@link #stream} hands what it reads. */
	interface Sink {

		/** The header row's texts, a blank for each gap; before any row. */
		void header(List<String> texts);

		void row(Row row);

	}

	private static boolean date1904(XSSFReader reader) throws Exception {
		boolean[] found = { false };
		try (InputStream workbook = reader.getWorkbookData()) {
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new DefaultHandler() {
				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					if ("workbookPr".equals(localName)) {
						String value = attributes.getValue("date1904");
						found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
					}
				}
			});
			parser.parse(new InputSource(workbook));
		}
		return found[0];
	}

}
