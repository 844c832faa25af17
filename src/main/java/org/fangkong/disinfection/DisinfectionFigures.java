package org.fangkong.disinfection;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
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
 * The disinfection figures of the dashboard and the daily report, for the tasks whose
 * place's node is in the window's set. Days are the city's local dates of the window:
 * <ul>
 * <li>{@code disinfection.tasksDue}: tasks due on a day of the window (by
 * {@code due_date});
 * <li>{@code disinfection.tasksDone}: of those, the ones done;
 * <li>{@code disinfection.tasksOverdue}: tasks overdue at the window's end — not done,
 * and their time ({@code due_by}) reached by the window's last day.
 * </ul>
 */
@Component
class DisinfectionFigures implements FigureContributor {

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	DisinfectionFigures(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 600;
	}

	@Override
	public List<Figure> figures(FigureWindow window) {
		if (window.jurisdictionIds().isEmpty()) {
			return List.of(new Figure("disinfection.tasksDue", 0), new Figure("disinfection.tasksDone", 0),
					new Figure("disinfection.tasksOverdue", 0));
		}
		LocalDate first = window.from().atZone(this.clock.getZone()).toLocalDate();
		LocalDate last = window.to().minusNanos(1).atZone(this.clock.getZone()).toLocalDate();
		Map<String, Object> row = this.jdbc.queryForMap(
				"""
						select
						  coalesce(sum(case when due_date >= :first and due_date <= :last then 1 else 0 end), 0) due,
						  coalesce(sum(case when due_date >= :first and due_date <= :last and status = 'DONE' then 1 else 0 end),
						    0) done,
						  coalesce(sum(case when status = 'OPEN' and due_by <= :last then 1 else 0 end), 0) overdue
						from disinfection_task where jurisdiction_id = any(:ids)
						  and ((due_date >= :first and due_date <= :last) or status = 'OPEN')
						""",
				new MapSqlParameterSource("ids", window.ids()).addValue("first", Date.valueOf(first))
					.addValue("last", Date.valueOf(last)));
		return List.of(new Figure("disinfection.tasksDue", ((Number) row.get("due")).longValue()),
				new Figure("disinfection.tasksDone", ((Number) row.get("done")).longValue()),
				new Figure("disinfection.tasksOverdue", ((Number) row.get("overdue")).longValue()));
	}

	@Override
	public List<FigureLink> links(long nodeId) {
		return List.of(new FigureLink("disinfection.tasksDue", "disinfection", "/disinfection"),
				new FigureLink("disinfection.tasksDone", "disinfection", "/disinfection"),
				new FigureLink("disinfection.tasksOverdue", "disinfection", "/disinfection#overdue"));
	}

}
