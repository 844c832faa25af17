package org.fangkong.cases.web;

import java.util.List;
import java.util.Map;

import org.fangkong.cases.CaseAccess;
import org.fangkong.cases.Cases;
import org.fangkong.cases.Contacts;
import org.fangkong.shared.Actor;
import org.fangkong.shared.platform.HomeCard;
import org.fangkong.shared.platform.HomeCardContributor;
import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;

import org.springframework.stereotype.Component;

import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.GRID_WORKER;
import static org.fangkong.shared.Role.HQ_STAFF;
import static org.fangkong.shared.Role.MEDIC;
import static org.fangkong.shared.Role.TOWNSHIP_OFFICER;

/**
 * The cases pages (issue #13): investigators (commanders, medics; HQ staff pass the rule
 * and the service admits the medical group only) open {@code /cases}; grid workers and
 * township officers follow their contacts on {@code /contacts}. The menu shows 病例 to
 * commanders and medics, 密接 to grid workers and township officers; the HQ medical group
 * reaches the cases from its home card, which the service offers only to them.
 */
@Component
class CasesPlatform implements RouteContributor, NavigationContributor, HomeCardContributor {

	private final CaseAccess access;

	private final Cases cases;

	private final Contacts contacts;

	CasesPlatform(CaseAccess access, Cases cases, Contacts contacts) {
		this.access = access;
		this.cases = cases;
		this.contacts = contacts;
	}

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.roles("/cases", COMMANDER, MEDIC, HQ_STAFF),
				RouteRule.roles("/cases/**", COMMANDER, MEDIC, HQ_STAFF),
				RouteRule.roles("/contacts", GRID_WORKER, TOWNSHIP_OFFICER, COMMANDER, MEDIC, HQ_STAFF));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(NavigationEntry.top("cases", "nav.cases", "/cases", 52, COMMANDER, MEDIC),
				NavigationEntry.top("contacts", "nav.contacts", "/contacts", 53, GRID_WORKER, TOWNSHIP_OFFICER));
	}

	/**
	 * For investigators: the cases of their jurisdiction; for grid workers and township
	 * officers: the contacts under follow-up in their area, when there are any.
	 */
	@Override
	public List<HomeCard> cards(Actor actor) {
		if (this.access.investigates(actor)) {
			return List.of(new HomeCard("cases/home-cards :: cases", 6, Map.of("cases", this.cases.count(actor))));
		}
		if (this.access.follows(actor)) {
			long followed = this.contacts.count(actor);
			if (followed > 0) {
				return List.of(new HomeCard("cases/home-cards :: contacts", 6, Map.of("contacts", followed)));
			}
		}
		return List.of();
	}

}
