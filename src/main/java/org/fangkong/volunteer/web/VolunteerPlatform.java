package org.fangkong.volunteer.web;

import java.util.List;
import java.util.Map;

import org.fangkong.shared.Actor;
import org.fangkong.shared.platform.HomeCard;
import org.fangkong.shared.platform.HomeCardContributor;
import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;
import org.fangkong.volunteer.DispatchQueries;
import org.fangkong.volunteer.VolunteerAccess;

import org.springframework.stereotype.Component;

import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.HQ_STAFF;
import static org.fangkong.shared.Role.TOWNSHIP_OFFICER;
import static org.fangkong.shared.Role.VOLUNTEER;

/**
 * The volunteer pages (issue #15): the HQ's board, orders, reserve and teams for
 * commanders, HQ staff and townships; "my orders" on the phone for volunteers; a home
 * card for each.
 */
@Component
class VolunteerPlatform implements RouteContributor, NavigationContributor, HomeCardContributor {

	private final DispatchQueries queries;

	VolunteerPlatform(DispatchQueries queries) {
		this.queries = queries;
	}

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.roles("/volunteers/**", COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER),
				RouteRule.roles("/my-orders/**", VOLUNTEER));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(
				NavigationEntry.top("volunteers", "nav.volunteers", "/volunteers", 38, COMMANDER, HQ_STAFF,
						TOWNSHIP_OFFICER),
				NavigationEntry.top("my-orders", "nav.myOrders", "/my-orders", 39, VOLUNTEER));
	}

	/**
	 * A volunteer's orders waiting for an answer or to be carried out; the HQ's open
	 * orders with the unfilled and overdue ones counted.
	 */
	@Override
	public List<HomeCard> cards(Actor actor) {
		if (actor.has(VOLUNTEER)) {
			List<DispatchQueries.MyOrder> mine = this.queries.myOrders(actor);
			long waiting = mine.stream().filter((o) -> o.canAccept()).count();
			long toDo = mine.stream().filter((o) -> o.canCheckIn() || o.canComplete()).count();
			return List.of(new HomeCard("volunteer/home-cards :: mine", 5,
					Map.of("waiting", waiting, "toDo", toDo, "hours", this.queries.hoursThisMonth(actor))));
		}
		if (VolunteerAccess.dispatches(actor)) {
			DispatchQueries.Board board = this.queries.openCounts(actor);
			return List.of(new HomeCard("volunteer/home-cards :: board", 40,
					Map.of("open", board.open().size(), "unfilled",
							board.open().stream().filter(DispatchQueries.OrderView::unfilled).count(), "overdue",
							board.open().stream().filter(DispatchQueries.OrderView::overdue).count())));
		}
		return List.of();
	}

}
