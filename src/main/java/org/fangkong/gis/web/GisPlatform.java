package org.fangkong.gis.web;

import java.util.List;

import org.fangkong.gis.MapAccess;
import org.fangkong.shared.Role;
import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;

import org.springframework.stereotype.Component;

/**
 * The map page (issue #14): for the ledger's readers and administrators, each inside
 * their own jurisdiction; menu entry "地图". The city's outline for every signed-in user
 * (the pin maps of the forms, issue #14 item 4).
 */
@Component
class GisPlatform implements RouteContributor, NavigationContributor {

	private static final Role[] VIEWERS = MapAccess.VIEWERS.toArray(Role[]::new);

	@Override
	public List<RouteRule> routes() {
		// the outline of the city under the pin maps of every form that takes an address
		return List.of(RouteRule.roles("/map", VIEWERS), RouteRule.roles("/map/**", VIEWERS),
				RouteRule.signedIn("/map/data/outline"));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(NavigationEntry.top("map", "nav.map", "/map", 42, VIEWERS));
	}

}
