package org.fangkong.checkpoint;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import org.fangkong.shared.platform.Figure;
import org.fangkong.shared.platform.FigureContributor;
import org.fangkong.shared.platform.FigureWindow;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The checkpoint figures of the daily report and the dashboard (issue #10 item 3,
 * SYSTEM.md "A daily report": people and vehicles checked in/out, turned back, fevers
 * found), for the crossings at checkpoints whose node is in the window's set (the node
 * the checkpoint had when the crossing was registered,
 * {@code registration.jurisdiction_id}).
 * <p>
 * A crossing counts in the window that holds its {@code crossed_at}, the real time of the
 * crossing, not the time it was entered: a paper sheet entered the next morning counts on
 * the day the traveller crossed.
 * <ul>
 * <li>{@code crossingsIn}, {@code crossingsOut}: registrations (one per person) by
 * direction;
 * <li>{@code vehiclesIn}, {@code vehiclesOut}: vehicles, by direction: the registrations
 * with a plate, the passengers of one vehicle ({@code vehicle_group}) counted once;
 * <li>{@code fevers}: outcome {@link Outcome#FEVER_CLINIC} (a reading at or above the
 * threshold always has it);
 * <li>{@code turnedBack}: outcome {@link Outcome#TURNED_BACK}.
 * </ul>
 */
@Component
class CheckpointFigures implements FigureContributor {

	static final List<String> CODES = List.of("crossingsIn", "crossingsOut", "vehiclesIn", "vehiclesOut", "fevers",
			"turnedBack");

	private final NamedParameterJdbcTemplate jdbc;

	CheckpointFigures(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public List<Figure> figures(FigureWindow window) {
		if (window.jurisdictionIds().isEmpty()) {
			return CODES.stream().map((code) -> new Figure(code, 0)).toList();
		}
		Map<String, Object> row = this.jdbc.queryForMap("""
				select
				  coalesce(sum(case when direction = 'IN' then 1 else 0 end), 0) as crossings_in,
				  coalesce(sum(case when direction = 'OUT' then 1 else 0 end), 0) as crossings_out,
				  count(distinct case when direction = 'IN' and plate is not null
				    then coalesce(vehicle_group, cast(id as varchar(20))) end) as vehicles_in,
				  count(distinct case when direction = 'OUT' and plate is not null
				    then coalesce(vehicle_group, cast(id as varchar(20))) end) as vehicles_out,
				  coalesce(sum(case when outcome = 'FEVER_CLINIC' then 1 else 0 end), 0) as fevers,
				  coalesce(sum(case when outcome = 'TURNED_BACK' then 1 else 0 end), 0) as turned_back
				from registration
				where jurisdiction_id in (:ids) and crossed_at >= :from and crossed_at < :to
				""", Map.of("ids", window.jurisdictionIds(), "from", Timestamp.from(window.from()), "to",
				Timestamp.from(window.to())));
		return List.of(figure("crossingsIn", row.get("crossings_in")), figure("crossingsOut", row.get("crossings_out")),
				figure("vehiclesIn", row.get("vehicles_in")), figure("vehiclesOut", row.get("vehicles_out")),
				figure("fevers", row.get("fevers")), figure("turnedBack", row.get("turned_back")));
	}

	private static Figure figure(String code, Object value) {
		return new Figure(code, ((Number) value).longValue());
	}

}
