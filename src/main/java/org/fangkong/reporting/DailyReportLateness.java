package org.fangkong.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily reports' answer to the dashboard ({@link LateReports}, issue #10 item 2): the
 * reporting units (grids, townships, the city) at or below a node whose report of a date
 * has not been handed in (submitted or approved) although its window has closed. Before
 * the window closes nothing is missing yet: 0.
 */
@Component
@Transactional(readOnly = true)
class DailyReportLateness implements LateReports {

	private final DailyReportRepository reports;

	private final DailyReports dailyReports;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	DailyReportLateness(DailyReportRepository reports, DailyReports dailyReports, Jurisdictions jurisdictions,
			Clock clock) {
		this.reports = reports;
		this.dailyReports = dailyReports;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	@Override
	public long lateReports(Actor actor, long jurisdictionId, LocalDate date) {
		if (!this.dailyReports.windows().of(date).closedAt(this.clock.instant())) {
			return 0;
		}
		Set<Long> handedIn = this.reports.findOfDateInScope(date, this.jurisdictions.pathOf(jurisdictionId))
			.stream()
			.filter((report) -> report.getState().handedIn())
			.map(DailyReport::getJurisdictionId)
			.collect(Collectors.toSet());
		return this.jurisdictions.findAll(this.jurisdictions.subtreeIds(jurisdictionId))
			.values()
			.stream()
			.filter((node) -> ReportLevel.of(node.kind()).isPresent() && !handedIn.contains(node.id()))
			.count();
	}

}
