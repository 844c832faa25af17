package org.fangkong.supplies.web;

import java.util.List;
import java.util.Map;

import org.fangkong.shared.Actor;
import org.fangkong.shared.platform.HomeCard;
import org.fangkong.shared.platform.HomeCardContributor;
import org.fangkong.shared.platform.NavigationContributor;
import org.fangkong.shared.platform.NavigationEntry;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;
import org.fangkong.supplies.Stock;
import org.fangkong.supplies.StockQueries;
import org.fangkong.supplies.SupplyViews.MovementView;

import org.springframework.stereotype.Component;

import static org.fangkong.shared.Role.*;

/**
 * The supplies pages (issue #17): stock and donations for the HQ, commanders and
 * townships, the deliveries the checkpoint crew confirms, and the public disclosure page
 * (no login).
 */
@Component
class SuppliesPlatform implements RouteContributor, NavigationContributor, HomeCardContributor {

	private final Stock stock;

	private final StockQueries queries;

	SuppliesPlatform(Stock stock, StockQueries queries) {
		this.stock = stock;
		this.queries = queries;
	}

	@Override
	public List<RouteRule> routes() {
		return List.of(RouteRule.open("/public/donations"),
				RouteRule.roles("/supplies/deliveries/**", COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, CHECKPOINT_CREW),
				RouteRule.roles("/supplies/**", COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER));
	}

	@Override
	public List<NavigationEntry> navigation() {
		return List.of(
				NavigationEntry.top("supplies", "nav.supplies", "/supplies/stock", 55, COMMANDER, HQ_STAFF,
						TOWNSHIP_OFFICER),
				NavigationEntry.top("supplies-deliveries", "nav.deliveries", "/supplies/deliveries", 37,
						CHECKPOINT_CREW));
	}

	/**
	 * The crew's deliveries waiting for confirmation; for the keepers, the stock at or
	 * below its low level (only when there is some).
	 */
	@Override
	public List<HomeCard> cards(Actor actor) {
		if (actor.has(CHECKPOINT_CREW) && this.stock.confirmsDeliveries(actor)) {
			long waiting = this.stock.deliveries(actor).stream().filter(MovementView::pending).count();
			return List.of(new HomeCard("supplies/home-cards :: deliveries", 8, Map.of("waiting", waiting)));
		}
		if (this.stock.keeps(actor)) {
			long low = this.queries.low(actor).size();
			if (low > 0) {
				return List.of(new HomeCard("supplies/home-cards :: lowStock", 40, Map.of("low", low)));
			}
		}
		return List.of();
	}

}
