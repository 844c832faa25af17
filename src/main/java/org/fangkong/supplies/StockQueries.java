package org.fangkong.supplies;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.NotFoundException;
import org.fangkong.supplies.SupplyViews.MovementView;
import org.fangkong.supplies.SupplyViews.StockLine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock on hand and the movements, as the keepers read them. The low-stock level of an
 * item at a place is the place's own ({@code stock_level}), else for a warehouse the
 * item's default; other places have none unless set.
 */
@Service
@Transactional(readOnly = true)
public class StockQueries {

	private static final String ON_HAND = """
			select i.id as item_id, i.name_zh, i.name_en, i.unit_zh, i.unit_en, p.id as place_id, p.name as place_name,
			       sum(s.quantity) as quantity,
			       coalesce(max(sl.low_level), case when p.kind = 'WAREHOUSE' then max(i.low_level) else 0 end) as low_level
			from stock s join supply_item i on i.id = s.item_id join supply_place p on p.id = s.place_id
			left join stock_level sl on sl.item_id = s.item_id and sl.place_id = s.place_id
			where p.scope_path like :path and (cast(:place as bigint) is null or p.id = :place)
			group by i.id, i.name_zh, i.name_en, i.unit_zh, i.unit_en, p.id, p.name, p.kind
			""";

	private final JdbcClient jdbc;

	private final StockStore store;

	private final Jurisdictions jurisdictions;

	StockQueries(JdbcClient jdbc, StockStore store, Jurisdictions jurisdictions) {
		this.jdbc = jdbc;
		this.store = store;
		this.jurisdictions = jurisdictions;
	}

	/**
	 * Stock on hand per item and place inside the actor's jurisdiction, all lots
	 * together; one place when {@code placeId} is given (outside the jurisdiction: not
	 * found).
	 */
	public List<StockLine> onHand(Actor actor, Long placeId) {
		Stock.requireKeeper(actor);
		if (placeId != null) {
			this.store.place(placeId)
				.filter((p) -> this.jurisdictions.covers(actor, p.jurisdictionId()))
				.orElseThrow(() -> new NotFoundException("place", placeId));
		}
		return this.jdbc.sql(ON_HAND + " order by p.name, p.id, i.id")
			.param("path", this.jurisdictions.scopePath(actor) + "%")
			.param("place", placeId)
			.query((rs, n) -> {
				boolean en = StockStore.english();
				long quantity = rs.getLong("quantity");
				long low = rs.getLong("low_level");
				return new StockLine(rs.getLong("item_id"), rs.getString(en ? "name_en" : "name_zh"),
						rs.getLong("place_id"), rs.getString("place_name"), quantity,
						rs.getString(en ? "unit_en" : "unit_zh"), low, low > 0 && quantity <= low);
			})
			.list();
	}

	/** The lines at or below their low-stock level (the alerts). */
	public List<StockLine> low(Actor actor) {
		return onHand(actor, null).stream().filter(StockLine::low).toList();
	}

	/** The latest movements from or to the places inside the actor's jurisdiction. */
	public List<MovementView> movements(Actor actor, Long placeId, int limit) {
		Stock.requireKeeper(actor);
		String path = this.jurisdictions.scopePath(actor) + "%";
		if (placeId != null) {
			this.store.place(placeId)
				.filter((p) -> this.jurisdictions.covers(actor, p.jurisdictionId()))
				.orElseThrow(() -> new NotFoundException("place", placeId));
			return this.store.movements("(m.from_place_id = :place or m.to_place_id = :place)",
					Map.of("place", placeId), limit);
		}
		return this.store.movements("(f.scope_path like :path or t.scope_path like :path)", Map.of("path", path),
				limit);
	}

	/** The movements of a donation's goods: where they went. */
	public List<MovementView> movementsOfDonation(Actor actor, long donationId) {
		requireDonation(actor, donationId);
		return this.store.movements("l.donation_id = :donation", Map.of("donation", donationId), 500);
	}

	/**
	 * Those of the donations the actor may open (a movement inside the jurisdiction may
	 * carry goods of a donation received above it: its page is not the actor's).
	 */
	public Set<Long> readableDonations(Actor actor, Collection<Long> donationIds) {
		if (donationIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("select id from donation where id in (:ids) and scope_path like :path")
			.param("ids", donationIds)
			.param("path", this.jurisdictions.scopePath(actor) + "%")
			.query(Long.class)
			.list());
	}

	void requireDonation(Actor actor, long donationId) {
		String path = this.jdbc.sql("select scope_path from donation where id = :id")
			.param("id", donationId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("donation", donationId));
		if (!path.startsWith(this.jurisdictions.scopePath(actor))) {
			throw new NotFoundException("donation", donationId);
		}
	}

}
