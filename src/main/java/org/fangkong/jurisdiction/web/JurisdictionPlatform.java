package org.fangkong.jurisdiction.web;

import java.util.List;

import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;

import org.springframework.stereotype.Component;

import static org.fangkong.shared.Role.*;

/** The jurisdiction pages (R-GRID-1): the tree for the roles that work in it. */
@Component
class JurisdictionPlatform implements RouteContributor, NavigationContributor {

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.roles("/jurisdictions/**", COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, GRID_WORKER, ADMIN));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(NavigationEntry.top("jurisdictions", "nav.jurisdictions", "/jurisdictions", 20, COMMANDER,
				HQ_STAFF, TOWNSHIP_OFFICER, GRID_WORKER, ADMIN));
	}

}
