package org.fangkong.publicity;

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
 * The publicity figures of the dashboard and the daily report, for the releases and
 * incidents whose node (the author's, the reporter's) is in the window's set:
 * <ul>
 * <li>{@code publicity.releasesApproved}: releases approved in the window (by
 * {@code decided_at});
 * <li>{@code publicity.openHighRiskIncidents}: high-risk incidents open at the window's
 * end — seen before it and not closed before it.
 * </ul>
 */
@Component
class PublicityFigures implements FigureContributor {

	private final NamedParameterJdbcTemplate jdbc;

	PublicityFigures(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 700;
	}

	@Override
	public List<Figure> figures(FigureWindow window) {
		if (window.jurisdictionIds().isEmpty()) {
			return List.of(new Figure("publicity.releasesApproved", 0),
					new Figure("publicity.openHighRiskIncidents", 0));
		}
		MapSqlParameterSource params = new MapSqlParameterSource("ids", window.ids())
			.addValue("from", Timestamp.from(window.from()))
			.addValue("to", Timestamp.from(window.to()));
		Long approved = this.jdbc.queryForObject("""
				select count(*) from publicity_release where jurisdiction_id = any(:ids) and status = 'APPROVED'
				  and decided_at >= :from and decided_at < :to
				""", params, Long.class);
		Long open = this.jdbc.queryForObject("""
				select count(*) from opinion_incident where jurisdiction_id = any(:ids) and risk = 'HIGH'
				  and seen_at < :to and (closed_at is null or closed_at >= :to)
				""", params, Long.class);
		return List.of(new Figure("publicity.releasesApproved", (approved != null) ? approved : 0),
				new Figure("publicity.openHighRiskIncidents", (open != null) ? open : 0));
	}

	@Override
	public List<FigureLink> links(long nodeId) {
		return List.of(new FigureLink("publicity.releasesApproved", "releases", "/publicity/releases?status=APPROVED"),
				new FigureLink("publicity.openHighRiskIncidents", "opinion", "/publicity/opinion"));
	}

}
