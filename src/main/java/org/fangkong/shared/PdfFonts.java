package org.fangkong.shared;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The fonts and table cells of the platform's printed PDFs (the daily report, donation
 * receipts): the OFL Noto Sans SC subset under {@code fonts/}, embedded as a subset with
 * Identity-H, so that a PDF shows Chinese on a machine without CJK fonts. The font file
 * is read once.
 */
public final class PdfFonts {

	/** The font file on the class path. */
	public static final String FONT = "fonts/NotoSansSC-Regular-GB2312.ttf";

	private static volatile byte[] fontBytes;

	private PdfFonts() {
	}

	/**
	 * The four fonts of a page: a bold title and heading, the normal text and a small
	 * grey line (8 pt) for notes such as when it was printed.
	 */
	public static Fonts fonts(float title, float heading, float normal) {
		try {
			BaseFont base = BaseFont.createFont("NotoSansSC-Regular-GB2312.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
					true, font(), null);
			return new Fonts(new Font(base, title, Font.BOLD), new Font(base, heading, Font.BOLD),
					new Font(base, normal), new Font(base, 8, Font.NORMAL, Color.DARK_GRAY));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Adds a cell of text with the padding to a table; answers it for further styling.
	 */
	public static PdfPCell cell(PdfPTable table, String text, Font font, float padding) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setPadding(padding);
		table.addCell(cell);
		return cell;
	}

	private static byte[] font() {
		byte[] bytes = fontBytes;
		if (bytes == null) {
			try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FONT)) {
				if (in == null) {
					throw new IllegalStateException("missing " + FONT);
				}
				bytes = in.readAllBytes();
				fontBytes = bytes;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return bytes;
	}

	/** The fonts of one page. */
	public record Fonts(Font title, Font heading, Font normal, Font small) {

	}

}
