package org.fangkong.party.web;

import java.util.List;

import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;

import org.springframework.stereotype.Component;

import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.HQ_STAFF;

/**
 * The party pages (issue #17 item 5) for commanders and HQ staff; the notes on cadres
 * answer 403 to HQ staff outside the organisation group, whose pages never link to them.
 */
@Component
class PartyPlatform implements RouteContributor, NavigationContributor {

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.roles("/party", COMMANDER, HQ_STAFF),
				RouteRule.roles("/party/**", COMMANDER, HQ_STAFF));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(NavigationEntry.top("party", "nav.party", "/party", 58, COMMANDER, HQ_STAFF));
	}

}
