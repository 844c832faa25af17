package org.fangkong.publicity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fangkong.publicity.Releases;
import org.fangkong.shared.Actor;
import org.fangkong.shared.platform.HomeCard;
import org.fangkong.shared.platform.HomeCardContributor;
import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;

import org.springframework.stereotype.Component;

import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.PUBLICITY_OFFICER;

/**
 * The publicity pages (issue #16): releases and public opinion for publicity officers and
 * commanders; the public pages (approved releases, their feed and scripts, the pledge)
 * open to anyone. Home cards: the officer's releases, the commander's approval queue.
 */
@Component
class PublicityPlatform implements RouteContributor, NavigationContributor, HomeCardContributor {

	private final Releases releases;

	PublicityPlatform(Releases releases) {
		this.releases = releases;
	}

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.open("/releases"), RouteRule.open("/releases/**"), RouteRule.open("/releases.atom"),
				RouteRule.open("/pledge"), RouteRule.open("/pledge/**"),
				RouteRule.roles("/publicity/**", PUBLICITY_OFFICER, COMMANDER));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(
				NavigationEntry.top("releases", "nav.releases", "/publicity/releases", 80, PUBLICITY_OFFICER,
						COMMANDER),
				NavigationEntry.top("opinion", "nav.opinion", "/publicity/opinion", 81, PUBLICITY_OFFICER, COMMANDER));
	}

	/**
	 * A publicity officer's card (write a release, see the public page); a commander's
	 * approval queue when releases wait.
	 */
	@Override
	public List<HomeCard> cards(Actor actor) {
		List<HomeCard> cards = new ArrayList<>();
		if (actor.has(PUBLICITY_OFFICER)) {
			cards.add(new HomeCard("publicity/home-cards :: officer", 8, Map.of()));
		}
		if (actor.has(COMMANDER)) {
			long waiting = this.releases.awaitingApproval(actor);
			if (waiting > 0) {
				cards.add(new HomeCard("publicity/home-cards :: approvals", 7, Map.of("waiting", waiting)));
			}
		}
		return cards;
	}

}
