package org.fangkong.cases;

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
 * The counts of cases for the dashboard and the daily report (issue #13 item 4), group
 * {@code cases}: {@code cases.<CLASSIFICATION>} — the cases of the window's nodes (by the
 * case's grid) opened before the window's end, by their classification now;
 * {@code cases.openedInWindow} — the cases opened inside the window;
 * {@code cases.contactsFollowed} — the accepted contacts (by their own grid) decided
 * before the window's end.
 */
@Component
class CaseFigures implements FigureContributor {

	private final NamedParameterJdbcTemplate jdbc;

	CaseFigures(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 350;
	}

	@Override
	public List<Figure> figures(FigureWindow window) {
		Map<CaseClassification, Long> counts = new EnumMap<>(CaseClassification.class);
		long[] opened = { 0 };
		long followed = 0;
		if (!window.jurisdictionIds().isEmpty()) {
			MapSqlParameterSource params = new MapSqlParameterSource("ids", window.ids())
				.addValue("from", Timestamp.from(window.from()))
				.addValue("to", Timestamp.from(window.to()));
			this.jdbc.query(
					"select classification, count(*),"
							+ " coalesce(sum(case when opened_at >= :from then 1 else 0 end), 0) from case_file"
							+ " where grid_id = any(:ids) and opened_at < :to group by classification",
					params, (rs) -> {
						counts.put(CaseClassification.valueOf(rs.getString(1)), rs.getLong(2));
						opened[0] += rs.getLong(3);
					});
			Long contacts = this.jdbc.queryForObject("select count(*) from case_contact where grid_id = any(:ids)"
					+ " and status = 'ACCEPTED' and decided_at < :to", params, Long.class);
			followed = (contacts != null) ? contacts : 0;
		}
		List<Figure> figures = new ArrayList<>();
		for (CaseClassification classification : CaseClassification.values()) {
			figures.add(new Figure("cases." + classification.name(), counts.getOrDefault(classification, 0L)));
		}
		figures.add(new Figure("cases.openedInWindow", opened[0]));
		figures.add(new Figure("cases.contactsFollowed", followed));
		return figures;
	}

	@Override
	public List<FigureLink> links(long nodeId) {
		List<FigureLink> links = new ArrayList<>();
		for (CaseClassification classification : CaseClassification.values()) {
			links.add(new FigureLink("cases." + classification.name(), "cases", "/cases"));
		}
		links.add(new FigureLink("cases.openedInWindow", "cases", "/cases"));
		links.add(new FigureLink("cases.contactsFollowed", "cases", "/cases/chains"));
		return links;
	}

}
