package org.fangkong.supplies;

import java.sql.Timestamp;
import java.util.List;

import org.fangkong.shared.platform.Figure;
import org.fangkong.shared.platform.FigureContributor;
import org.fangkong.shared.platform.FigureLink;
import org.fangkong.shared.platform.FigureWindow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The supplies figures of the dashboard and the daily report, for the rows whose node is
 * in the window's set:
 * <ul>
 * <li>{@code donations.receivedToday}: donations received in the window (by
 * {@code received_at}), at a warehouse of those nodes, or by a user of them for cash;
 * <li>{@code donations.distributedToday}: distributions sent in the window (by
 * {@code moved_at}) from a place of those nodes, one per lot moved;
 * <li>{@code donations.lowStock}: item and place pairs of those nodes at or below their
 * low-stock level now (stock has no history, so the window's time does not apply).
 * </ul>
 */
@Component
class SupplyFigures implements FigureContributor {

	private final JdbcClient jdbc;

	SupplyFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 700;
	}

	@Override
	public List<Figure> figures(FigureWindow window) {
		if (window.jurisdictionIds().isEmpty()) {
			return List.of(new Figure("donations.receivedToday", 0), new Figure("donations.distributedToday", 0),
					new Figure("donations.lowStock", 0));
		}
		Timestamp from = Timestamp.from(window.from());
		Timestamp to = Timestamp.from(window.to());
		long received = this.jdbc
			.sql("select count(*) from donation where jurisdiction_id = any(:ids) and received_at >= :from"
					+ " and received_at < :to")
			.param("ids", window.ids())
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
		long distributed = this.jdbc
			.sql("select count(*) from stock_movement where kind = 'DISTRIBUTION'"
					+ " and jurisdiction_id = any(:ids) and moved_at >= :from and moved_at < :to")
			.param("ids", window.ids())
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
		long low = this.jdbc.sql("""
				select count(*) from (
				  select s.item_id, s.place_id, sum(s.quantity) as quantity,
				         coalesce(max(sl.low_level),
				           case when p.kind = 'WAREHOUSE' then max(i.low_level) else 0 end) as low_level
				  from stock s join supply_place p on p.id = s.place_id join supply_item i on i.id = s.item_id
				  left join stock_level sl on sl.item_id = s.item_id and sl.place_id = s.place_id
				  where p.jurisdiction_id = any(:ids) group by s.item_id, s.place_id, p.kind) x
				where x.low_level > 0 and x.quantity <= x.low_level""")
			.param("ids", window.ids())
			.query(Long.class)
			.single();
		return List.of(new Figure("donations.receivedToday", received),
				new Figure("donations.distributedToday", distributed), new Figure("donations.lowStock", low));
	}

	@Override
	public List<FigureLink> links(long nodeId) {
		return List.of(new FigureLink("donations.receivedToday", "supplies", "/supplies/donations"),
				new FigureLink("donations.distributedToday", "supplies", "/supplies/stock"),
				new FigureLink("donations.lowStock", "supplies", "/supplies/stock?low=true"));
	}

}
