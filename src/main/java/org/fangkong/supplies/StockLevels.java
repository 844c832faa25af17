package org.fangkong.supplies;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.supplies.SupplyViews.PlaceView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Low-stock levels per item and place (issue #17 item 2): the keeper of a place sets the
 * level below which its stock of an item raises the alert (the stock page's mark, the
 * home card, the figure {@code donations.lowStock}). A place without its own level uses
 * the item's default when it is a warehouse, none otherwise; a level of 0 turns the alert
 * off for that place.
 */
@Service
@Transactional
public class StockLevels {

	private final JdbcClient jdbc;

	private final StockStore store;

	private final Jurisdictions jurisdictions;

	StockLevels(JdbcClient jdbc, StockStore store, Jurisdictions jurisdictions) {
		this.jdbc = jdbc;
		this.store = store;
		this.jurisdictions = jurisdictions;
	}

	/**
	 * Sets the level of an item at a place inside the actor's jurisdiction (outside: not
	 * found); {@code null} goes back to the default.
	 */
	public LevelView set(Actor actor, long itemId, long placeId, Long lowLevel) {
		Stock.requireKeeper(actor);
		PlaceView place = this.store.place(placeId)
			.filter((p) -> this.jurisdictions.covers(actor, p.jurisdictionId()))
			.orElseThrow(() -> new NotFoundException("place", placeId));
		if (this.store.item(itemId).isEmpty()) {
			throw InvalidInputException.of("itemId", "validation.unknown");
		}
		if (lowLevel != null && (lowLevel < 0 || lowLevel > 10_000_000)) {
			throw InvalidInputException.of("lowLevel", "validation.range", 0, 10_000_000);
		}
		this.jdbc.sql("delete from stock_level where item_id = :item and place_id = :place")
			.param("item", itemId)
			.param("place", placeId)
			.update();
		if (lowLevel != null) {
			this.jdbc.sql("insert into stock_level (item_id, place_id, low_level) values (:item, :place, :level)")
				.param("item", itemId)
				.param("place", placeId)
				.param("level", lowLevel)
				.update();
		}
		return new LevelView(itemId, place.id(), lowLevel);
	}

	/** A place's own level of an item; {@code null}: the default. */
	public record LevelView(long itemId, long placeId, Long lowLevel) {

	}

}
