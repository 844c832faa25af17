package org.fangkong.medical;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fangkong.shared.platform.Figure;
import org.fangkong.shared.platform.FigureContributor;
import org.fangkong.shared.platform.FigureWindow;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The medical figures of the daily report and the dashboard (issue #10 item 3: referrals
 * and their state), for the referrals whose node (the checkpoint's node, or the grid of a
 * daily check) is in the window's set.
 * <ul>
 * <li>{@code referrals.<STATUS>} for each {@link ReferralStatus}, and {@code referrals}
 * in all: the referrals made in the window (by {@code detected_at}, the time the fever
 * was found), by the state they are in now;
 * <li>{@code openReferrals}: referrals open at the window's end: found before it, and not
 * received by the clinic before it ({@code handled_at}).
 * </ul>
 */
@Component
class MedicalFigures implements FigureContributor {

	private final NamedParameterJdbcTemplate jdbc;

	MedicalFigures(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public List<Figure> figures(FigureWindow window) {
		boolean none = window.jurisdictionIds().isEmpty();
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("ids", window.ids())
			.addValue("from", Timestamp.from(window.from()))
			.addValue("to", Timestamp.from(window.to()));
		Map<ReferralStatus, Long> byStatus = new EnumMap<>(ReferralStatus.class);
		if (!none) {
			this.jdbc.query("select status, count(*) from referral where jurisdiction_id = any(:ids)"
					+ " and detected_at >= :from and detected_at < :to group by status", params, (rs) -> {
						byStatus.put(ReferralStatus.valueOf(rs.getString(1)), rs.getLong(2));
					});
		}
		List<Figure> figures = new ArrayList<>();
		long total = 0;
		for (ReferralStatus status : ReferralStatus.values()) {
			long value = byStatus.getOrDefault(status, 0L);
			figures.add(new Figure("referrals." + status.name(), value));
			total += value;
		}
		figures.add(new Figure("referrals", total));
		Long open = none ? Long.valueOf(0) : this.jdbc.queryForObject("""
				select count(*) from referral where jurisdiction_id = any(:ids) and detected_at < :to
				  and (status = 'OPEN' or handled_at >= :to)
				""", params, Long.class);
		figures.add(new Figure("openReferrals", (open != null) ? open : 0));
		return figures;
	}

}
