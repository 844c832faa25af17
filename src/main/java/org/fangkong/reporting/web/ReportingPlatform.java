package org.fangkong.reporting.web;

import java.util.List;

import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;

import org.springframework.stereotype.Component;

import static org.fangkong.shared.Role.ADMIN;
import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.GRID_WORKER;
import static org.fangkong.shared.Role.HQ_STAFF;
import static org.fangkong.shared.Role.TOWNSHIP_OFFICER;

/**
 * The command dashboard's route and menu entry (issue #10 item 2): for the roles that
 * read figures ({@code Figures.READERS}).
 */
@Component
class ReportingPlatform implements RouteContributor, NavigationContributor {

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.roles("/dashboard/**", COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, ADMIN, GRID_WORKER));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(NavigationEntry.top("dashboard", "nav.dashboard", "/dashboard", 5, COMMANDER, HQ_STAFF,
				TOWNSHIP_OFFICER, ADMIN, GRID_WORKER));
	}

}
