package org.fangkong.organisation.web;

import java.util.List;
import java.util.Map;

import org.fangkong.organisation.Organisation;
import org.fangkong.shared.Actor;
import org.fangkong.shared.platform.HomeCard;
import org.fangkong.shared.platform.HomeCardContributor;

import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;

import org.springframework.stereotype.Component;

import static org.fangkong.shared.Role.*;

/** The command HQ pages (R-CMD-1). */
@Component
class OrganisationPlatform implements RouteContributor, NavigationContributor, HomeCardContributor {

	private final Organisation organisation;

	OrganisationPlatform(Organisation organisation) {
		this.organisation = organisation;
	}

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.roles("/organisation/**", COMMANDER, HQ_STAFF, ADMIN));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(NavigationEntry.top("organisation", "nav.organisation", "/organisation", 60, COMMANDER, HQ_STAFF,
				ADMIN));
	}

	/** The working group of an HQ staff member. */
	@Override
	public List<HomeCard> cards(Actor actor) {
		if (actor.workingGroupId() == null) {
			return List.of();
		}
		return this.organisation.workingGroup(actor.workingGroupId())
			.map((group) -> List.of(new HomeCard("organisation/home-cards :: myGroup", 80, Map.of("group", group))))
			.orElse(List.of());
	}

}
