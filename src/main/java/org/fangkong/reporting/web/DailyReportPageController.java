package org.fangkong.reporting.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fangkong.reporting.DailyReportExports;
import org.fangkong.reporting.DailyReportOverview;
import org.fangkong.reporting.DailyReportView;
import org.fangkong.reporting.DailyReports;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.UnprocessableRequestException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The daily report pages (issue #10 items 3–6): the units of the caller's scope with
 * their report of a date, and one report with its figures, typed fields, history and the
 * steps the caller may take. A refused step comes back as a message on the report's page.
 */
@Controller
class DailyReportPageController {

	private final DailyReports reports;

	private final DailyReportOverview overview;

	private final DailyReportExports exports;

	DailyReportPageController(DailyReports reports, DailyReportOverview overview, DailyReportExports exports) {
		this.reports = reports;
		this.overview = overview;
		this.exports = exports;
	}

	@GetMapping("/daily-reports")
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "false") boolean pending, Model model) {
		model.addAttribute("overview", this.overview.overview(CurrentActor.get(), date, pending));
		return "reporting/daily-reports";
	}

	/** Opens (and makes, on first use) the report of a unit for a date. */
	@GetMapping("/daily-reports/open")
	String open(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Long jurisdictionId, RedirectAttributes redirect) {
		try {
			DailyReportView report = this.reports.open(CurrentActor.get(), date, jurisdictionId);
			return "redirect:/daily-reports/" + report.id();
		}
		catch (UnprocessableRequestException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			return "redirect:/daily-reports";
		}
	}

	@GetMapping("/daily-reports/{id}")
	String report(@PathVariable long id, Model model) {
		model.addAttribute("report", this.reports.get(CurrentActor.get(), id));
		return "reporting/daily-report";
	}

	@PostMapping("/daily-reports/{id}")
	String fillIn(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<String, Long> typed = typed(form);
		if (typed == null) {
			redirect.addFlashAttribute("error", "dailyReport.error.figureRange");
			return "redirect:/daily-reports/" + id;
		}
		return step(id, redirect, "dailyReport.saved",
				() -> this.reports.fillIn(CurrentActor.get(), id, typed, form.get("remark"), form.get("fillerPhone")));
	}

	/**
	 * Submits the report; from the report's form, what was typed is saved first, so that
	 * nothing typed is lost by pressing "submit" without "save".
	 */
	@PostMapping("/daily-reports/{id}/submit")
	String submit(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		if (form.containsKey("remark")) {
			Map<String, Long> typed = typed(form);
			if (typed == null) {
				redirect.addFlashAttribute("error", "dailyReport.error.figureRange");
				return "redirect:/daily-reports/" + id;
			}
			return step(id, redirect, "dailyReport.submitted", () -> {
				this.reports.fillIn(CurrentActor.get(), id, typed, form.get("remark"), form.get("fillerPhone"));
				this.reports.submit(CurrentActor.get(), id);
			});
		}
		return step(id, redirect, "dailyReport.submitted", () -> this.reports.submit(CurrentActor.get(), id));
	}

	/** The typed figures of the form by code; null when one is not a whole number. */
	private static Map<String, Long> typed(Map<String, String> form) {
		Map<String, Long> typed = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : form.entrySet()) {
			if (entry.getKey().startsWith("typed.")) {
				String value = entry.getValue().strip();
				try {
					typed.put(entry.getKey().substring("typed.".length()),
							value.isEmpty() ? null : Long.valueOf(value));
				}
				catch (NumberFormatException ex) {
					return null;
				}
			}
		}
		return typed;
	}

	@PostMapping("/daily-reports/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		return step(id, redirect, "dailyReport.approved", () -> this.reports.approve(CurrentActor.get(), id));
	}

	@PostMapping("/daily-reports/{id}/return")
	String sendBack(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return step(id, redirect, "dailyReport.returned", () -> this.reports.sendBack(CurrentActor.get(), id, reason));
	}

	@GetMapping("/daily-reports/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return Downloads.pdf(this.exports.pdf(CurrentActor.get(), id));
	}

	@GetMapping("/daily-reports/{id}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id) {
		return Downloads.xlsx(this.exports.xlsx(CurrentActor.get(), id));
	}

	/** Takes a step; a refused one (422, 400) becomes a message and nothing changed. */
	private String step(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (UnprocessableRequestException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
		}
		return "redirect:/daily-reports/" + id;
	}

}
