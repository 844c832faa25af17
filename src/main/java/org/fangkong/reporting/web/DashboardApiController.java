package org.fangkong.reporting.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.reporting.Dashboard;
import org.fangkong.reporting.DashboardFigures;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.ReadsFromReplica;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The command dashboard's figures over JSON (issue #10 item 8). */
@RestController
@Tag(name = "Reporting", description = "指挥部大屏与日报 — the command dashboard (R-CMD-1, R-SCR-3)")
class DashboardApiController {

	private final Dashboard dashboard;

	DashboardApiController(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	@ReadsFromReplica
	@GetMapping("/api/v1/dashboard")
	@Operation(summary = "The dashboard's figures of a local date (today when omitted) for the caller's jurisdiction, "
			+ "or a node below it (jurisdictionId; outside the caller's scope 404). Commanders, HQ staff, township "
			+ "officers, administrators, grid workers (their grid)")
	DashboardFigures get(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Long jurisdictionId) {
		return this.dashboard.figures(CurrentActor.get(), date, jurisdictionId);
	}

}
