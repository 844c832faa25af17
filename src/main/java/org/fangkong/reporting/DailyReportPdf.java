package org.fangkong.reporting;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.fangkong.shared.PdfFonts;

/**
 * The daily report as a printable A4 page in Chinese (issue #10 item 6), in the layout a
 * county office files: the title 疫情防控工作日报, the unit, date and reporting window, the
 * figures grouped as in SYSTEM.md, two a row (the typed ones marked *), the remark, who
 * filled it in and who signed it off with their times, and its state. The fonts are the
 * platform's ({@link PdfFonts}), so the PDF shows Chinese on a machine without CJK fonts.
 */
final class DailyReportPdf {

	private final DailyReportExports.Labels labels;

	DailyReportPdf(DailyReportExports.Labels labels) {
		this.labels = labels;
	}

	byte[] render(DailyReportView report, Instant printedAt) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 50, 50, 50);
		try {
			PdfFonts.Fonts fonts = PdfFonts.fonts(18, 11, 9);
			Font title = fonts.title();
			Font heading = fonts.heading();
			Font normal = fonts.normal();
			Font small = fonts.small();
			PdfWriter.getInstance(document, out);
			document.addTitle(this.labels.text("dailyReport.printTitle"));
			document.open();
			Paragraph head = new Paragraph(this.labels.text("dailyReport.printTitle"), title);
			head.setAlignment(Element.ALIGN_CENTER);
			head.setSpacingAfter(12);
			document.add(head);

			PdfPTable header = new PdfPTable(new float[] { 1.2f, 2.8f, 1.2f, 2.8f });
			header.setWidthPercentage(100);
			cell(header, this.labels.text("dailyReport.unit"), heading, false);
			cell(header, report.unitName() + "（" + this.labels.text("reportLevel." + report.level()) + "）", normal,
					false);
			cell(header, this.labels.text("dailyReport.date"), heading, false);
			cell(header, report.date().toString(), normal, false);
			cell(header, this.labels.text("dailyReport.window"), heading, false);
			cell(header, this.labels.window(report), normal, false);
			cell(header, this.labels.text("dailyReport.state"), heading, false);
			cell(header, this.labels.text("dailyReportState." + report.state()), normal, false);
			header.setSpacingAfter(10);
			document.add(header);

			// Two figures a row, so that the whole report fits one A4 page.
			PdfPTable figures = new PdfPTable(new float[] { 3.2f, 1f, 3.2f, 1f });
			figures.setWidthPercentage(100);
			figures.setHeaderRows(1);
			for (int i = 0; i < 2; i++) {
				cell(figures, this.labels.text("dailyReport.column.item"), heading, true);
				cell(figures, this.labels.text("dailyReport.column.value"), heading, true);
			}
			for (FigureGroups.Group group : report.groups()) {
				PdfPCell groupCell = new PdfPCell(
						new Phrase(this.labels.text("dailyReport.group." + group.key()), heading));
				groupCell.setColspan(4);
				groupCell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
				groupCell.setPadding(3);
				figures.addCell(groupCell);
				for (FigureGroups.Line line : group.lines()) {
					cell(figures, this.labels.figure(line) + (line.typed() ? " *" : ""), normal, false);
					PdfPCell value = new PdfPCell(
							new Phrase((line.value() != null) ? String.valueOf(line.value()) : "—", normal));
					value.setHorizontalAlignment(Element.ALIGN_RIGHT);
					value.setPadding(3);
					figures.addCell(value);
				}
				if (group.lines().size() % 2 == 1) {
					PdfPCell empty = new PdfPCell(new Phrase(""));
					empty.setColspan(2);
					figures.addCell(empty);
				}
			}
			figures.setSpacingAfter(8);
			document.add(figures);

			PdfPTable footer = new PdfPTable(new float[] { 1.2f, 6.8f });
			footer.setWidthPercentage(100);
			cell(footer, this.labels.text("dailyReport.remark"), heading, false);
			cell(footer, (report.remark() != null) ? report.remark() : "", normal, false);
			cell(footer, this.labels.text("dailyReport.filler"), heading, false);
			String phone = (report.fillerPhone() != null)
					? "  " + this.labels.text("dailyReport.fillerPhone") + "：" + report.fillerPhone() : "";
			cell(footer, this.labels.who(report.submittedByName(), report.submittedAt()) + phone, normal, false);
			cell(footer, this.labels.text("dailyReport.approver"), heading, false);
			cell(footer, this.labels.who(report.approvedByName(), report.approvedAt()), normal, false);
			document.add(footer);

			Paragraph legend = new Paragraph(this.labels.text("dailyReport.legend"), small);
			legend.setSpacingBefore(2);
			document.add(legend);
			Paragraph printed = new Paragraph(this.labels.text("dailyReport.printedAt", this.labels.time(printedAt))
					+ (report.live() ? "  " + this.labels.text("dailyReport.liveNote.print") : ""), small);
			printed.setSpacingBefore(8);
			document.add(printed);
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("daily report " + report.id() + " as PDF", ex);
		}
		return out.toByteArray();
	}

	private static void cell(PdfPTable table, String text, Font font, boolean shaded) {
		PdfPCell cell = PdfFonts.cell(table, text, font, 3);
		if (shaded) {
			cell.setBackgroundColor(new Color(0xDD, 0xDD, 0xDD));
		}
	}

}
