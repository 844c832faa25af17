package org.fangkong.hotline.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fangkong.hotline.HotlineCalls;
import org.fangkong.shared.Actor;
import org.fangkong.shared.platform.HomeCard;
import org.fangkong.shared.platform.HomeCardContributor;
import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;

import org.springframework.stereotype.Component;

import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.HOTLINE_OPERATOR;

/**
 * The hotline's pages (R-MED-3): the operator's call page with the knowledge base, in the
 * menu for the operators; their home card with today's calls and the open follow-ups.
 * Commanders may open the pages (the dashboard's hotline figures link there for those who
 * see the entry).
 */
@Component
class HotlinePlatform implements RouteContributor, NavigationContributor, HomeCardContributor {

	private final HotlineCalls calls;

	private final Clock clock;

	HotlinePlatform(HotlineCalls calls, Clock clock) {
		this.calls = calls;
		this.clock = clock;
	}

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.roles("/hotline/**", HOTLINE_OPERATOR, COMMANDER),
				RouteRule.roles("/hotline", HOTLINE_OPERATOR, COMMANDER));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(NavigationEntry.top("hotline", "nav.hotline", "/hotline", 55, HOTLINE_OPERATOR));
	}

	@Override
	public List<HomeCard> cards(Actor actor) {
		if (!actor.has(HOTLINE_OPERATOR)) {
			return List.of();
		}
		long[] work = this.calls.workOf(actor,
				LocalDate.now(this.clock).atStartOfDay(this.clock.getZone()).toInstant());
		return List.of(new HomeCard("hotline/home-cards :: calls", 5, Map.of("today", work[0], "followUps", work[1])));
	}

}
