package org.fangkong.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fangkong.shared.Actor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The daily report as the county office files it (issue #10 item 6): a printable A4 PDF
 * in Chinese ({@link DailyReportPdf}) and an .xlsx workbook with the same lines. Both are
 * in Chinese whatever the caller's language: they are filed, not read on screen. A
 * download is audited.
 */
@Service
public class DailyReportExports {

	static final Locale FILED = Locale.SIMPLIFIED_CHINESE;

	private final DailyReports reports;

	private final MessageSource messages;

	private final Clock clock;

	DailyReportExports(DailyReports reports, MessageSource messages, Clock clock) {
		this.reports = reports;
		this.messages = messages;
		this.clock = clock;
	}

	/** The report as an A4 PDF; 404 outside the caller's scope. */
	public Export pdf(Actor actor, long id) {
		DailyReportView report = this.reports.get(actor, id);
		byte[] bytes = new DailyReportPdf(labels()).render(report, this.clock.instant());
		this.reports.exported(id, "pdf");
		return new Export(fileName(report, "pdf"), bytes);
	}

	/** The report as an .xlsx workbook; 404 outside the caller's scope. */
	public Export xlsx(Actor actor, long id) {
		DailyReportView report = this.reports.get(actor, id);
		Labels labels = labels();
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(labels.text("dailyReport.title"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			int r = 0;
			cell(sheet.createRow(r++), 0, labels.text("dailyReport.printTitle"), bold);
			r = pair(sheet, r, labels.text("dailyReport.unit"), report.unitName());
			r = pair(sheet, r, labels.text("dailyReport.date"), report.date().toString());
			r = pair(sheet, r, labels.text("dailyReport.window"), labels.window(report));
			r = pair(sheet, r, labels.text("dailyReport.state"), labels.text("dailyReportState." + report.state()));
			r++;
			Row header = sheet.createRow(r++);
			String[] columns = { "dailyReport.column.group", "dailyReport.column.item", "dailyReport.column.code",
					"dailyReport.column.value", "dailyReport.column.source" };
			for (int c = 0; c < columns.length; c++) {
				cell(header, c, labels.text(columns[c]), bold);
			}
			for (FigureGroups.Group group : report.groups()) {
				for (FigureGroups.Line line : group.lines()) {
					Row row = sheet.createRow(r++);
					cell(row, 0, labels.text("dailyReport.group." + group.key()), null);
					cell(row, 1, labels.figure(line), null);
					cell(row, 2, line.code(), null);
					if (line.value() != null) {
						row.createCell(3).setCellValue(line.value());
					}
					cell(row, 4, labels.text(line.typed() ? "dailyReport.source.typed" : "dailyReport.source.counted"),
							null);
				}
			}
			r++;
			r = pair(sheet, r, labels.text("dailyReport.remark"), (report.remark() != null) ? report.remark() : "");
			r = pair(sheet, r, labels.text("dailyReport.filler"),
					labels.who(report.submittedByName(), report.submittedAt()));
			r = pair(sheet, r, labels.text("dailyReport.fillerPhone"),
					(report.fillerPhone() != null) ? report.fillerPhone() : "");
			pair(sheet, r, labels.text("dailyReport.approver"),
					labels.who(report.approvedByName(), report.approvedAt()));
			for (int c = 0; c < columns.length; c++) {
				sheet.setColumnWidth(c, (c == 1) ? 36 * 256 : 20 * 256);
			}
			workbook.write(out);
			this.reports.exported(id, "xlsx");
			return new Export(fileName(report, "xlsx"), out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int pair(Sheet sheet, int r, String label, String value) {
		Row row = sheet.createRow(r);
		row.createCell(0).setCellValue(label);
		row.createCell(1).setCellValue(value);
		return r + 1;
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static String fileName(DailyReportView report, String extension) {
		return "daily-report-" + report.jurisdictionId() + "-" + report.date() + "." + extension;
	}

	private Labels labels() {
		return new Labels(this.messages, this.clock);
	}

	/** A file to download. */
	public record Export(String fileName, byte[] bytes) {

	}

	/** The words of the filed report, in Chinese, and its times in the city's zone. */
	record Labels(MessageSource messages, Clock clock) {

		private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

		String text(String key, Object... args) {
			return this.messages.getMessage(key, args, key, FILED);
		}

		String figure(FigureGroups.Line line) {
			return this.messages.getMessage(line.labelKey(), null, line.code(), FILED);
		}

		String time(Instant instant) {
			return (instant != null) ? TIME.format(instant.atZone(this.clock.getZone())) : "";
		}

		String window(DailyReportView report) {
			return text("dailyReport.windowRange", time(report.windowFrom()), time(report.windowTo()));
		}

		String who(String name, Instant at) {
			return (name != null) ? name + "  " + time(at) : "";
		}

	}

}
