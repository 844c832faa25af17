package org.fangkong.checkpoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fangkong.shared.platform.Figure;
import org.fangkong.shared.platform.FigureContributor;
import org.fangkong.shared.platform.FigurePlace;
import org.fangkong.shared.platform.FigureSeries;
import org.fangkong.shared.platform.FigureWindow;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
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

	/** The figures split by hour, and their columns among {@link #CODES}. */
	static final List<String> HOURLY = List.of("crossingsIn", "crossingsOut", "fevers", "turnedBack");

	private static final int[] HOURLY_COLUMNS = { 0, 1, 4, 5 };

	private static final String TOTALS = "coalesce(sum(c0), 0), coalesce(sum(c1), 0), coalesce(sum(c2), 0),"
			+ " coalesce(sum(c3), 0), coalesce(sum(c4), 0), coalesce(sum(c5), 0)";

	private final NamedParameterJdbcTemplate jdbc;

	private final CheckpointRepository checkpoints;

	private final WindowPieces pieces;

	CheckpointFigures(NamedParameterJdbcTemplate jdbc, CheckpointRepository checkpoints, WindowPieces pieces) {
		this.jdbc = jdbc;
		this.checkpoints = checkpoints;
		this.pieces = pieces;
	}

	@Override
	public int order() {
		return 100;
	}

	/**
	 * The whole hours of the window that the roll-up holds are read from it, with the
	 * rows recorded since its last run; the rest of the window (the open hours, a part
	 * hour at either end) from the raw rows through the index on (node, crossing time).
	 * Each part is counted once. A vehicle whose passengers are registered across two
	 * parts (an hour's boundary) counts in each.
	 */
	@Override
	public List<Figure> figures(FigureWindow window) {
		long[] counts = new long[CODES.size()];
		List<WindowPieces.Piece> pieces = this.pieces.of(window);
		if (!pieces.isEmpty()) {
			MapSqlParameterSource params = new MapSqlParameterSource("ids", window.ids());
			String sql = "select " + TOTALS + " from (" + WindowPieces.union(pieces, params, "", "", window.node())
					+ ") p";
			this.jdbc.query(sql, params, (rs) -> {
				for (int c = 0; c < counts.length; c++) {
					counts[c] = rs.getLong(c + 1);
				}
			});
		}
		List<Figure> figures = new ArrayList<>();
		for (int i = 0; i < CODES.size(); i++) {
			figures.add(new Figure(CODES.get(i), counts[i]));
		}
		return figures;
	}

	/** Crossings in and out, fevers and turned back per hour of the window. */
	@Override
	public List<FigureSeries> hourly(FigureWindow window) {
		long firstHour = window.from().getEpochSecond() / 3600;
		int hours = (int) Math.max(0, (window.to().getEpochSecond() + 3599) / 3600 - firstHour);
		long[][] series = new long[HOURLY.size()][hours];
		List<WindowPieces.Piece> pieces = this.pieces.of(window);
		if (!pieces.isEmpty()) {
			MapSqlParameterSource params = new MapSqlParameterSource("ids", window.ids());
			String sql = "select h, " + TOTALS + " from ("
					+ WindowPieces.union(pieces, params, "hour_no", RegistrationRollup.HOUR_OF_CROSSING, window.node())
					+ ") p group by h";
			this.jdbc.query(sql, params, (rs) -> {
				int hour = (int) (rs.getLong(1) - firstHour);
				if (hour >= 0 && hour < hours) {
					for (int i = 0; i < HOURLY_COLUMNS.length; i++) {
						series[i][hour] += rs.getLong(HOURLY_COLUMNS[i] + 2);
					}
				}
			});
		}
		List<FigureSeries> result = new ArrayList<>();
		for (int i = 0; i < HOURLY.size(); i++) {
			result.add(new FigureSeries(HOURLY.get(i), Arrays.stream(series[i]).boxed().toList()));
		}
		return result;
	}

	/** The checkpoints with the most crossings (in and out) in the window. */
	@Override
	public List<FigurePlace> busiest(FigureWindow window, int limit) {
		Map<Long, Long> byCheckpoint = new HashMap<>();
		List<WindowPieces.Piece> pieces = this.pieces.of(window);
		if (!pieces.isEmpty()) {
			MapSqlParameterSource params = new MapSqlParameterSource("ids", window.ids());
			String sql = "select h, coalesce(sum(c0), 0) + coalesce(sum(c1), 0) from ("
					+ WindowPieces.union(pieces, params, "checkpoint_id", "checkpoint_id", window.node())
					+ ") p group by h";
			this.jdbc.query(sql, params, (rs) -> {
				byCheckpoint.merge(rs.getLong(1), rs.getLong(2), Long::sum);
			});
		}
		List<Map.Entry<Long, Long>> top = byCheckpoint.entrySet()
			.stream()
			.filter((e) -> e.getValue() > 0)
			.sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.toList();
		Map<Long, String> names = new HashMap<>();
		this.checkpoints.findAllById(top.stream().map(Map.Entry::getKey).toList())
			.forEach((c) -> names.put(c.toView().id(), c.toView().name()));
		return top.stream()
			.map((e) -> new FigurePlace("checkpoint", e.getKey(), names.getOrDefault(e.getKey(), "?"), e.getValue()))
			.toList();
	}

}
