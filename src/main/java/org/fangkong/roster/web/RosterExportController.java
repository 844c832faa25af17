package org.fangkong.roster.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import org.fangkong.roster.RosterExports;
import org.fangkong.roster.Rosters;
import org.fangkong.shared.CurrentActor;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A roster printable (one checkpoint, every day) and as .xlsx per checkpoint or per unit
 * (issue #11 item 7), on the pages and the API.
 */
@Controller
class RosterExportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final RosterExports exports;

	private final Rosters rosters;

	private final Clock clock;

	RosterExportController(RosterExports exports, Rosters rosters, Clock clock) {
		this.exports = exports;
		this.rosters = rosters;
		this.clock = clock;
	}

	@GetMapping("/rosters/{id}/print")
	String print(@PathVariable long id, @RequestParam(required = false) Long checkpoint, Model model, Locale locale) {
		Rosters.RosterSummary roster = this.rosters.get(CurrentActor.get(), id).roster();
		List<RosterExports.Line> lines = this.exports.lines(CurrentActor.get(), id,
				(checkpoint != null && roster.checkpointIds().contains(checkpoint)) ? checkpoint : null, locale);
		model.addAttribute("roster", roster);
		model.addAttribute("byCheckpoint", lines.stream()
			.collect(java.util.stream.Collectors.groupingBy(RosterExports.Line::checkpoint, java.util.TreeMap::new,
					java.util.stream.Collectors.groupingBy((l) -> l.day() + " " + l.shift(), java.util.TreeMap::new,
							java.util.stream.Collectors.toList()))));
		model.addAttribute("printedAt", java.time.ZonedDateTime.now(this.clock));
		return "roster/print";
	}

	@GetMapping({ "/rosters/{id}/export.xlsx", "/api/v1/rosters/{id}/export.xlsx" })
	@Operation(summary = "The roster as .xlsx, a sheet per checkpoint (by=CHECKPOINT) or per unit (by=UNIT); audited")
	ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "CHECKPOINT") RosterExports.By by,
			Locale locale) {
		byte[] workbook = this.exports.workbook(CurrentActor.get(), id, by, locale);
		String name = "roster-" + id + "-" + by.name().toLowerCase(Locale.ROOT) + "-" + LocalDate.now(this.clock)
				+ ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(workbook);
	}

}
