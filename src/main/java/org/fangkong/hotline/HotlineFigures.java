package org.fangkong.hotline;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fangkong.shared.platform.Figure;
import org.fangkong.shared.platform.FigureContributor;
import org.fangkong.shared.platform.FigureLink;
import org.fangkong.shared.platform.FigureWindow;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The hotline's figures (issue #12 item 4), under the medical group of the reports (codes
 * {@code medical.hotline…}): {@code medical.hotlineCalls} and
 * {@code medical.hotlineCalls.<CATEGORY>}, the calls of the window by {@code called_at}
 * for the caller's node; {@code medical.hotlineFollowUpsOpen}, the calls made before the
 * window's end whose follow-up is not done (or was done after it).
 */
@Component
class HotlineFigures implements FigureContributor {

	private final NamedParameterJdbcTemplate jdbc;

	HotlineFigures(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 310;
	}

	@Override
	public List<Figure> figures(FigureWindow window) {
		Map<CallCategory, Long> byCategory = new EnumMap<>(CallCategory.class);
		long open = 0;
		if (!window.jurisdictionIds().isEmpty()) {
			MapSqlParameterSource params = new MapSqlParameterSource().addValue("ids", window.ids())
				.addValue("from", Timestamp.from(window.from()))
				.addValue("to", Timestamp.from(window.to()));
			this.jdbc.query("select category, count(*) from hotline_call where jurisdiction_id = any(:ids)"
					+ " and called_at >= :from and called_at < :to group by category", params, (rs) -> {
						byCategory.put(CallCategory.valueOf(rs.getString(1)), rs.getLong(2));
					});
			Long count = this.jdbc.queryForObject("select count(*) from hotline_call where jurisdiction_id = any(:ids)"
					+ " and called_at < :to and follow_up_needed = true"
					+ " and (follow_up_done_at is null or follow_up_done_at >= :to)", params, Long.class);
			open = (count != null) ? count : 0;
		}
		List<Figure> figures = new ArrayList<>();
		long total = 0;
		for (CallCategory category : CallCategory.values()) {
			long value = byCategory.getOrDefault(category, 0L);
			total += value;
			figures.add(new Figure("medical.hotlineCalls." + category.name(), value));
		}
		figures.add(new Figure("medical.hotlineCalls", total));
		figures.add(new Figure("medical.hotlineFollowUpsOpen", open));
		return figures;
	}

	@Override
	public List<FigureLink> links(long nodeId) {
		return List.of(new FigureLink("medical.hotlineCalls", "hotline", "/hotline"),
				new FigureLink("medical.hotlineFollowUpsOpen", "hotline", "/hotline?followUps=true"));
	}

}
