package org.fangkong.notice.web;

import java.util.List;
import java.util.Map;

import org.fangkong.notice.Notices;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.shared.platform.HomeCard;
import org.fangkong.shared.platform.HomeCardContributor;
import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;

import org.springframework.stereotype.Component;

import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.HQ_STAFF;

/**
 * The notice pages (issue #17 item 4): every signed-in user reads the notices addressed
 * to their node; the HQ writes them and follows the acknowledgements.
 */
@Component
class NoticesPlatform implements RouteContributor, NavigationContributor, HomeCardContributor {

	private final Notices notices;

	NoticesPlatform(Notices notices) {
		this.notices = notices;
	}

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.roles("/notices/new", COMMANDER, HQ_STAFF), RouteRule.signedIn("/notices"),
				RouteRule.signedIn("/notices/**"));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(NavigationEntry.top("notices", "nav.notices", "/notices", 3, Role.values()));
	}

	/**
	 * Notices waiting for the user's acknowledgement; for the HQ, addressees reminded and
	 * still silent.
	 */
	@Override
	public List<HomeCard> cards(Actor actor) {
		long waiting = this.notices.waiting(actor);
		long overdue = this.notices.overdue(actor);
		if (waiting == 0 && overdue == 0) {
			return List.of();
		}
		return List.of(new HomeCard("notice/home-cards :: notices", 2,
				Map.of("waiting", waiting, "overdue", overdue, "issuer", this.notices.issues(actor))));
	}

}
