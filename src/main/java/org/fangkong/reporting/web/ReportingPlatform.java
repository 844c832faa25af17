package org.fangkong.reporting.web;

import java.util.List;
import java.util.Map;

import org.fangkong.reporting.FigureValues;
import org.fangkong.reporting.Figures;
import org.fangkong.shared.Actor;
import org.fangkong.shared.platform.HomeCard;
import org.fangkong.shared.platform.HomeCardContributor;

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
 * read figures ({@code Figures.READERS}), and a home card for those who command.
 */
@Component
class ReportingPlatform implements RouteContributor, NavigationContributor, HomeCardContributor {

	private final Figures figures;

	ReportingPlatform(Figures figures) {
		this.figures = figures;
	}

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.roles("/dashboard/**", COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, ADMIN, GRID_WORKER));
	}

	/**
	 * Today at a glance for those who command (commanders, HQ staff, township officers):
	 * crossings in, fevers, new arrivals, persons under a measure of their jurisdiction,
	 * and the way to the dashboard.
	 */
	@Override
	public List<HomeCard> cards(Actor actor) {
		if (!actor.hasAny(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER)) {
			return List.of();
		}
		FigureValues today = this.figures.count(actor, actor.jurisdictionId(), this.figures.today());
		return List.of(new HomeCard("reporting/home-cards :: today", 20,
				Map.of("crossingsIn", today.get("crossingsIn"), "fevers", today.get("fevers"), "arrivals",
						today.get("arrivals"), "underMeasure", today.get("underMeasure"))));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(NavigationEntry.top("dashboard", "nav.dashboard", "/dashboard", 5, COMMANDER, HQ_STAFF,
				TOWNSHIP_OFFICER, ADMIN, GRID_WORKER));
	}

}
