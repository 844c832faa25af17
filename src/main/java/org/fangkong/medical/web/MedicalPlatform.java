package org.fangkong.medical.web;

import java.util.List;
import java.util.Map;

import org.fangkong.medical.Referrals;
import org.fangkong.shared.Actor;
import org.fangkong.shared.platform.HomeCard;
import org.fangkong.shared.platform.HomeCardContributor;
import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;

import org.springframework.stereotype.Component;

import static org.fangkong.shared.Role.*;

/**
 * The medical pages (R-MED-1, R-MED-2): fever referrals and their path, the facilities
 * with their beds, and the medic's queue on the home page.
 */
@Component
class MedicalPlatform implements RouteContributor, NavigationContributor, HomeCardContributor {

	private final Referrals referrals;

	MedicalPlatform(Referrals referrals) {
		this.referrals = referrals;
	}

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.roles("/medical/facilities", MEDIC, COMMANDER, HOTLINE_OPERATOR),
				RouteRule.roles("/medical/**", MEDIC, COMMANDER));
	}

	@Override
	public List<NavigationEntry> navigation() {
		// the facilities page is reached from the referral list and the hotline's page,
		// so
		// that the menu keeps to one line
		return List.of(NavigationEntry.top("medical", "nav.medical", "/medical/referrals", 50, MEDIC, COMMANDER));
	}

	/**
	 * The referrals waiting for the fever clinic (issue #8 item 6), the overdue ones
	 * marked (issue #12 item 2): a medic's work queue; a commander sees it too when some
	 * wait.
	 */
	@Override
	public List<HomeCard> cards(Actor actor) {
		if (!actor.hasAny(MEDIC, COMMANDER)) {
			return List.of();
		}
		long waiting = this.referrals.waiting(actor);
		if (waiting == 0 && !actor.has(MEDIC)) {
			return List.of();
		}
		return List.of(new HomeCard("medical/home-cards :: waiting", 6,
				Map.of("waiting", waiting, "overdue", this.referrals.overdue(actor))));
	}

}
