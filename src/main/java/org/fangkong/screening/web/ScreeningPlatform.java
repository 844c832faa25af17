package org.fangkong.screening.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.fangkong.screening.Screenings;
import org.fangkong.shared.Actor;
import org.fangkong.shared.platform.HomeCard;
import org.fangkong.shared.platform.HomeCardContributor;

import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;

import org.springframework.stereotype.Component;

import static org.fangkong.shared.Role.*;

/** The screening pages (R-SCR-1 … R-SCR-4). */
@Component
class ScreeningPlatform implements RouteContributor, NavigationContributor, HomeCardContributor {

	static final int FOLLOW_UPS_SHOWN = 30;

	private final Screenings screenings;

	ScreeningPlatform(Screenings screenings) {
		this.screenings = screenings;
	}

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.roles("/screening/**", COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, GRID_WORKER));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(NavigationEntry.top("screening", "nav.screening", "/screening", 40, COMMANDER, HQ_STAFF,
				TOWNSHIP_OFFICER, GRID_WORKER));
	}

	/**
	 * The follow-ups of the day in the user's jurisdiction, overdue first (R-SCR-2); a
	 * township or the city sees the first 30 here and the rest in the ledger.
	 */
	@Override
	public List<HomeCard> cards(Actor actor) {
		if (!actor.hasAny(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, GRID_WORKER)) {
			return List.of();
		}
		List<Screenings.FollowUp> followUps = this.screenings.followUpsToday(actor);
		if (followUps.isEmpty()) {
			return List.of();
		}
		List<Screenings.FollowUp> shown = followUps.stream()
			.sorted(Comparator.comparing((Screenings.FollowUp f) -> !f.overdue()))
			.limit(FOLLOW_UPS_SHOWN)
			.toList();
		return List.of(new HomeCard("screening/home-cards :: followUps", 10, Map.of("followUps", shown, "followUpCount",
				followUps.size(), "overdue", followUps.stream().filter(Screenings.FollowUp::overdue).count())));
	}

}
