package org.fangkong.supplies;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
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
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.fangkong.shared.PdfFonts;
import org.fangkong.supplies.SupplyViews.DonationLine;
import org.fangkong.supplies.SupplyViews.DonationView;

import org.springframework.context.MessageSource;

/**
 * A donation's receipt (捐赠收据) on an A5 page in Chinese, with its number: the donor, cash
 * or the goods, the warehouse, who received it and when. The fonts are the platform's
 * ({@link PdfFonts}), so the PDF shows Chinese on a machine without CJK fonts.
 */
final class DonationReceiptPdf {

	static final Locale FILED = Locale.SIMPLIFIED_CHINESE;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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
			PdfFonts.Fonts fonts = PdfFonts.fonts(16, 10, 10);
			Font title = fonts.title();
			Font heading = fonts.heading();
			Font normal = fonts.normal();
			Font small = fonts.small();
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
		catch (DocumentException ex) {
			throw new IllegalStateException("receipt of donation " + donation.id(), ex);
		}
		return out.toByteArray();
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, FILED);
	}

	private static void cell(PdfPTable table, String text, Font font) {
		PdfFonts.cell(table, text, font, 4).setBorderColor(new Color(0xAA, 0xAA, 0xAA));
	}

}
