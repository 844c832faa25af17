package org.fangkong.reporting.web;

import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.reporting.DailyReportExports;
import org.fangkong.reporting.DailyReportView;
import org.fangkong.reporting.DailyReports;
import org.fangkong.shared.CurrentActor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The daily report over JSON (issue #10 item 8). */
@RestController
@Tag(name = "Daily reports", description = "日报 — the daily report per unit and its approval (R-SCR-3)")
class DailyReportApiController {

	private final DailyReports reports;

	private final DailyReportExports exports;

	DailyReportApiController(DailyReports reports, DailyReportExports exports) {
		this.reports = reports;
		this.exports = exports;
	}

	@GetMapping("/api/v1/daily-reports")
	@Operation(summary = "The report of a unit (default: the caller's node) for a date (default: the report due "
			+ "now) with its figures and state; a DRAFT is made on first use. Outside the caller's scope 404")
	DailyReportView open(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Long jurisdictionId) {
		return this.reports.open(CurrentActor.get(), date, jurisdictionId);
	}

	@PutMapping("/api/v1/daily-reports/{id}")
	@Operation(summary = "The unit's filler saves the typed figures, the remark and their phone (DRAFT or RETURNED)")
	DailyReportView fillIn(@PathVariable long id, @RequestBody FillIn body) {
		return this.reports.fillIn(CurrentActor.get(), id, (body.typed() != null) ? body.typed() : Map.of(),
				body.remark(), body.fillerPhone());
	}

	@PostMapping("/api/v1/daily-reports/{id}/submit")
	@Operation(summary = "The unit's filler submits the report: its figures are snapshotted (422 when not allowed)")
	DailyReportView submit(@PathVariable long id) {
		return this.reports.submit(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/daily-reports/{id}/approve")
	@Operation(summary = "The level above approves a SUBMITTED report: frozen for ever (422 when not allowed)")
	DailyReportView approve(@PathVariable long id) {
		return this.reports.approve(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/daily-reports/{id}/return")
	@Operation(summary = "The level above returns a SUBMITTED report with a reason (required: 400 without)")
	DailyReportView sendBack(@PathVariable long id, @RequestBody(required = false) ReturnRequest body) {
		return this.reports.sendBack(CurrentActor.get(), id, (body != null) ? body.reason() : null);
	}

	@GetMapping("/api/v1/daily-reports/{id}.pdf")
	@Operation(summary = "The report as a printable A4 PDF in Chinese")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return Downloads.pdf(this.exports.pdf(CurrentActor.get(), id));
	}

	@GetMapping("/api/v1/daily-reports/{id}.xlsx")
	@Operation(summary = "The report as an .xlsx workbook")
	ResponseEntity<byte[]> xlsx(@PathVariable long id) {
		return Downloads.xlsx(this.exports.xlsx(CurrentActor.get(), id));
	}

	/** The typed figures by code, the remark and the filler's phone. */
	record FillIn(Map<String, Long> typed, String remark, String fillerPhone) {

	}

	/** Why the report goes back. */
	record ReturnRequest(String reason) {

	}

}
