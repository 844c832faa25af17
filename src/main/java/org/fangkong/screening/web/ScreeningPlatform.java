package org.fangkong.screening.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.fangkong.screening.PersonTransfers;
import org.fangkong.screening.Screenings;
import org.fangkong.screening.WorkQueues;
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

	private final WorkQueues queues;

	private final PersonTransfers transfers;

	ScreeningPlatform(Screenings screenings, WorkQueues queues, PersonTransfers transfers) {
		this.screenings = screenings;
		this.queues = queues;
		this.transfers = transfers;
	}

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.roles("/screening/transfers/**", COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER),
				RouteRule.roles("/screening/**", COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, GRID_WORKER));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(NavigationEntry.top("screening", "nav.screening", "/screening", 40, COMMANDER, HQ_STAFF,
				TOWNSHIP_OFFICER, GRID_WORKER));
	}

	/**
	 * Work queues first (issue #8 item 6). A grid worker: the follow-ups of the day, one
	 * line per person, overdue first (R-SCR-2). Those who oversee many grids (township,
	 * HQ, commander): a roll-up per grid instead of every person, and the people due for
	 * release, each linked to the screening where the release is confirmed.
	 */
	@Override
	public List<HomeCard> cards(Actor actor) {
		if (!actor.hasAny(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, GRID_WORKER)) {
			return List.of();
		}
		List<HomeCard> cards = new ArrayList<>();
		long pendingTransfers = this.transfers.pendingCount(actor);
		if (pendingTransfers > 0) {
			cards.add(new HomeCard("screening/home-cards :: transfers", 7, Map.of("count", pendingTransfers)));
		}
		List<WorkQueues.DueRelease> due = this.queues.dueForRelease(actor);
		if (!due.isEmpty()) {
			cards.add(new HomeCard("screening/home-cards :: dueForRelease", 8,
					Map.of("due", due.stream().limit(FOLLOW_UPS_SHOWN).toList(), "dueCount", due.size())));
		}
		if (!actor.hasAny(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER)) {
			followUps(actor).ifPresent(cards::add);
			return cards;
		}
		List<WorkQueues.GridLoad> grids = this.queues.byGrid(actor);
		if (!grids.isEmpty()) {
			cards.add(new HomeCard("screening/home-cards :: byGrid", 9,
					Map.of("grids", grids, "overdue", grids.stream().mapToInt(WorkQueues.GridLoad::overdue).sum(),
							"underMeasure", grids.stream().mapToInt(WorkQueues.GridLoad::underMeasure).sum())));
		}
		return cards;
	}

	private java.util.Optional<HomeCard> followUps(Actor actor) {
		List<Screenings.FollowUp> followUps = this.screenings.followUpsToday(actor);
		if (followUps.isEmpty()) {
			return java.util.Optional.empty();
		}
		List<Screenings.FollowUp> shown = followUps.stream()
			.sorted(Comparator.comparing((Screenings.FollowUp f) -> !f.overdue()))
			.limit(FOLLOW_UPS_SHOWN)
			.toList();
		return java.util.Optional
			.of(new HomeCard("screening/home-cards :: followUps", 10, Map.of("followUps", shown, "followUpCount",
					followUps.size(), "overdue", followUps.stream().filter(Screenings.FollowUp::overdue).count())));
	}

}
