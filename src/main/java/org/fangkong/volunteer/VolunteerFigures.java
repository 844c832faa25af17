package org.fangkong.volunteer;

import java.sql.Timestamp;
import java.util.List;

import org.fangkong.shared.platform.Figure;
import org.fangkong.shared.platform.FigureContributor;
import org.fangkong.shared.platform.FigureLink;
import org.fangkong.shared.platform.FigureWindow;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The volunteers' figures for the dashboard and the daily report (issue #15 item 5), for
 * the orders whose place (a node, or the issuer's node for a point) is in the window's
 * set.
 * <ul>
 * <li>{@code volunteers.onDuty}: people checked in at an order at the window's end
 * (checked in before it, not completed before it);
 * <li>{@code volunteers.ordersIssued}: orders issued in the window (by
 * {@code issued_at});
 * <li>{@code volunteers.ordersDoneToday}: orders done in the window (by {@code done_at});
 * <li>{@code volunteers.ordersOpen}: orders open at the window's end (issued before it,
 * not done or cancelled before it).
 * </ul>
 */
@Component
class VolunteerFigures implements FigureContributor {

	private final NamedParameterJdbcTemplate jdbc;

	VolunteerFigures(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 500;
	}

	@Override
	public List<Figure> figures(FigureWindow window) {
		if (window.jurisdictionIds().isEmpty()) {
			return List.of(new Figure("volunteers.onDuty", 0), new Figure("volunteers.ordersIssued", 0),
					new Figure("volunteers.ordersDoneToday", 0), new Figure("volunteers.ordersOpen", 0));
		}
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("ids", window.ids())
			.addValue("from", Timestamp.from(window.from()))
			.addValue("to", Timestamp.from(window.to()));
		long onDuty = count("""
				select count(*) from dispatch_assignment a join dispatch_order o on o.id = a.order_id
				where o.jurisdiction_id = any(:ids) and a.checked_in_at < :to
				  and (a.state = 'CHECKED_IN' or a.completed_at >= :to)
				  and (o.status <> 'CANCELLED' or o.done_at >= :to)""", params);
		long issued = count("""
				select count(*) from dispatch_order where jurisdiction_id = any(:ids)
				  and issued_at >= :from and issued_at < :to""", params);
		long done = count("""
				select count(*) from dispatch_order where jurisdiction_id = any(:ids) and status = 'DONE'
				  and done_at >= :from and done_at < :to""", params);
		long open = count("""
				select count(*) from dispatch_order where jurisdiction_id = any(:ids) and issued_at < :to
				  and (status in ('ISSUED', 'FILLED', 'IN_PROGRESS') or done_at >= :to)""", params);
		return List.of(new Figure("volunteers.onDuty", onDuty), new Figure("volunteers.ordersIssued", issued),
				new Figure("volunteers.ordersDoneToday", done), new Figure("volunteers.ordersOpen", open));
	}

	@Override
	public List<FigureLink> links(long nodeId) {
		return List.of(new FigureLink("volunteers.onDuty", "volunteers", "/volunteers"),
				new FigureLink("volunteers.ordersOpen", "volunteers", "/volunteers"),
				new FigureLink("volunteers.ordersIssued", "volunteers", "/volunteers/orders"),
				new FigureLink("volunteers.ordersDoneToday", "volunteers", "/volunteers/orders?status=DONE"));
	}

	private long count(String sql, MapSqlParameterSource params) {
		Long value = this.jdbc.queryForObject(sql, params, Long.class);
		return (value != null) ? value : 0;
	}

}
