package org.fangkong.supplies;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.fangkong.supplies.SupplyViews.DonationLine;
import org.fangkong.supplies.SupplyViews.DonationView;

import org.springframework.context.MessageSource;

/**
 * A donation's receipt (捐赠收据) on an A5 page in Chinese, with its number: the donor, cash
 * or the goods, the warehouse, who received it and when. The font is the embedded OFL
 * Noto Sans SC subset under {@code fonts/} (as the daily report's), so the PDF shows
 * Chinese on a machine without CJK fonts.
 */
final class DonationReceiptPdf {

	static final String FONT = "fonts/NotoSansSC-Regular-GB2312.ttf";

	static final Locale FILED = Locale.SIMPLIFIED_CHINESE;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static volatile byte[] fontBytes;

	private final MessageSource messages;

	private final Clock clock;

	DonationReceiptPdf(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	byte[] render(DonationView donation) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A5.rotate(), 36, 36, 36, 36);
		try {
			BaseFont base = BaseFont.createFont("NotoSansSC-Regular-GB2312.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
					true, font(), null);
			Font title = new Font(base, 16, Font.BOLD);
			Font heading = new Font(base, 10, Font.BOLD);
			Font normal = new Font(base, 10);
			Font small = new Font(base, 8, Font.NORMAL, Color.DARK_GRAY);
			PdfWriter.getInstance(document, out);
			document.addTitle(text("receipt.title"));
			document.open();
			Paragraph head = new Paragraph(text("receipt.title"), title);
			head.setAlignment(Element.ALIGN_CENTER);
			head.setSpacingAfter(4);
			document.add(head);
			Paragraph number = new Paragraph(text("receipt.number", donation.receiptNo()), normal);
			number.setAlignment(Element.ALIGN_RIGHT);
			number.setSpacingAfter(8);
			document.add(number);

			PdfPTable table = new PdfPTable(new float[] { 1.3f, 4f });
			table.setWidthPercentage(100);
			cell(table, text("receipt.donor"), heading);
			cell(table, donation.donorName() + "（" + text("donorKind." + donation.donorKind()) + "）"
					+ (donation.anonymous() ? "  " + text("receipt.anonymous") : ""), normal);
			cell(table, text("receipt.kind"), heading);
			cell(table, text("donationKind." + donation.kind()), normal);
			if (donation.kind() == DonationKind.CASH) {
				cell(table, text("receipt.amount"), heading);
				cell(table, "¥ " + donation.amount().toPlainString(), normal);
			}
			else {
				StringBuilder goods = new StringBuilder();
				for (DonationLine line : donation.lines()) {
					goods.append(line.itemName())
						.append("  ")
						.append(line.quantity())
						.append(' ')
						.append(line.unit())
						.append('\n');
				}
				cell(table, text("receipt.goods"), heading);
				cell(table, goods.toString().strip(), normal);
				cell(table, text("receipt.place"), heading);
				cell(table, (donation.placeName() != null) ? donation.placeName() : "", normal);
			}
			cell(table, text("receipt.receivedAt"), heading);
			cell(table, TIME.format(donation.receivedAt().atZone(this.clock.getZone())), normal);
			cell(table, text("receipt.receivedBy"), heading);
			cell(table, donation.receivedBy(), normal);
			document.add(table);
			Paragraph thanks = new Paragraph(text("receipt.thanks"), normal);
			thanks.setSpacingBefore(10);
			document.add(thanks);
			Paragraph printed = new Paragraph(
					text("receipt.printedAt", TIME.format(Instant.now(this.clock).atZone(this.clock.getZone()))),
					small);
			printed.setSpacingBefore(6);
			document.add(printed);
			document.close();
		}
		catch (DocumentException | IOException ex) {
			throw new IllegalStateException("receipt of donation " + donation.id(), ex);
		}
		return out.toByteArray();
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, FILED);
	}

	private static void cell(PdfPTable table, String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setPadding(4);
		cell.setBorderColor(new Color(0xAA, 0xAA, 0xAA));
		table.addCell(cell);
	}

	private static byte[] font() {
		byte[] bytes = fontBytes;
		if (bytes == null) {
			try (InputStream in = DonationReceiptPdf.class.getClassLoader().getResourceAsStream(FONT)) {
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

}
