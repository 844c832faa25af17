package org.fangkong.reporting.web;

import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.GRID_WORKER;
import static org.fangkong.shared.Role.HQ_STAFF;
import static org.fangkong.shared.Role.TOWNSHIP_OFFICER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fangkong.reporting.DailyReportOverview;
import org.fangkong.shared.Actor;
import org.fangkong.shared.platform.HomeCard;
import org.fangkong.shared.platform.HomeCardContributor;
import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;

import org.springframework.stereotype.Component;

/**
 * The daily report's pages (issue #10, R-SCR-3): the menu entry 日报 for the units that
 * file or approve reports, and two home cards — the filler's report due now, and the
 * approver's queue with the units that have not reported.
 */
@Component
class DailyReportPlatform implements RouteContributor, NavigationContributor, HomeCardContributor {

	private final DailyReportOverview overview;

	DailyReportPlatform(DailyReportOverview overview) {
		this.overview = overview;
	}

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.roles("/daily-reports/**", GRID_WORKER, TOWNSHIP_OFFICER, HQ_STAFF, COMMANDER));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(NavigationEntry.top("daily-reports", "nav.dailyReports", "/daily-reports", 45, GRID_WORKER,
				TOWNSHIP_OFFICER, HQ_STAFF, COMMANDER));
	}

	@Override
	public List<HomeCard> cards(Actor actor) {
		List<HomeCard> cards = new ArrayList<>();
		this.overview.fillerCard(actor)
			.ifPresent((card) -> cards
				.add(new HomeCard("reporting/daily-report-cards :: filler", 4, Map.of("report", card))));
		this.overview.approverCard(actor)
			.ifPresent((card) -> cards
				.add(new HomeCard("reporting/daily-report-cards :: approver", 4, Map.of("queue", card))));
		return cards;
	}

}
