package org.fangkong.roster.web;

import java.util.List;

import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;

import org.springframework.stereotype.Component;

import static org.fangkong.shared.Role.*;

/** The duty-roster pages (issue #11, R-CP-2): rosters and the staff pool for planners. */
@Component
class RosterPlatform implements RouteContributor, NavigationContributor {

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.roles("/rosters/**", COMMANDER, HQ_STAFF),
				RouteRule.roles("/rosters/on-duty/**", ADMIN, COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER),
				// issue #12: who answers the hotline now and next, included by the
				// hotline's page
				RouteRule.roles("/rosters/hotline-on-duty", HOTLINE_OPERATOR, MEDIC, COMMANDER, HQ_STAFF),
				// the crew, and the hotline's operators (issue #12: the hotline is a post
				// of the rosters)
				RouteRule.roles("/my-shifts", CHECKPOINT_CREW, HOTLINE_OPERATOR),
				RouteRule.roles("/my-shifts/**", CHECKPOINT_CREW, HOTLINE_OPERATOR));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(NavigationEntry.top("rosters", "nav.rosters", "/rosters", 35, COMMANDER, HQ_STAFF),
				NavigationEntry.top("my-shifts", "nav.myShifts", "/my-shifts", 36, CHECKPOINT_CREW, HOTLINE_OPERATOR));
	}

}
