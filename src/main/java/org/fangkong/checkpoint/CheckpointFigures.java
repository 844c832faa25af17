package org.fangkong.checkpoint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

	private static final String RAW = "select " + RegistrationRollup.COUNTS
			+ " from registration where jurisdiction_id in (:ids) and crossed_at >= :from and crossed_at < :to";

	/** The figures split by hour, and their columns among {@link #CODES}. */
	static final List<String> HOURLY = List.of("crossingsIn", "crossingsOut", "fevers", "turnedBack");

	private static final int[] HOURLY_COLUMNS = { 0, 1, 4, 5 };

	private static final String SUMS = "coalesce(sum(crossings_in), 0), coalesce(sum(crossings_out), 0),"
			+ " coalesce(sum(vehicles_in), 0), coalesce(sum(vehicles_out), 0), coalesce(sum(fevers), 0),"
			+ " coalesce(sum(turned_back), 0)";

	private static final String ROLLED_WHERE = "jurisdiction_id in (:ids) and hour_no >= :fromHour and hour_no < :toHour";

	private final NamedParameterJdbcTemplate jdbc;

	private final CheckpointRepository checkpoints;

	private final RegistrationRollup rollup;

	private final Clock clock;

	CheckpointFigures(NamedParameterJdbcTemplate jdbc, CheckpointRepository checkpoints, RegistrationRollup rollup,
			Clock clock) {
		this.jdbc = jdbc;
		this.checkpoints = checkpoints;
		this.rollup = rollup;
		this.clock = clock;
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
		for (Piece piece : pieces(window)) {
			long[] part = switch (piece.kind()) {
				case ROLLED ->
					this.jdbc.queryForObject("select " + SUMS + " from registration_hour where " + ROLLED_WHERE,
							piece.params(), CheckpointFigures::row);
				case LATE -> this.jdbc.queryForObject(RAW + " and recorded_at >= :recorded", piece.params(),
						CheckpointFigures::row);
				case RAW -> this.jdbc.queryForObject(RAW, piece.params(), CheckpointFigures::row);
			};
			for (int i = 0; i < counts.length; i++) {
				counts[i] += part[i];
			}
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
		String rawByHour = "select " + RegistrationRollup.HOUR_OF_CROSSING + ", " + RegistrationRollup.COUNTS
				+ " from registration where jurisdiction_id in (:ids) and crossed_at >= :from and crossed_at < :to";
		for (Piece piece : pieces(window)) {
			String sql = switch (piece.kind()) {
				case ROLLED ->
					"select hour_no, " + SUMS + " from registration_hour where " + ROLLED_WHERE + " group by hour_no";
				case LATE ->
					rawByHour + " and recorded_at >= :recorded group by " + RegistrationRollup.HOUR_OF_CROSSING;
				case RAW -> rawByHour + " group by " + RegistrationRollup.HOUR_OF_CROSSING;
			};
			this.jdbc.query(sql, piece.params(), (rs) -> {
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
		String rawByCheckpoint = "select checkpoint_id, count(*) from registration"
				+ " where jurisdiction_id in (:ids) and crossed_at >= :from and crossed_at < :to";
		for (Piece piece : pieces(window)) {
			String sql = switch (piece.kind()) {
				case ROLLED -> "select checkpoint_id, sum(crossings_in + crossings_out) from registration_hour where "
						+ ROLLED_WHERE + " group by checkpoint_id";
				case LATE -> rawByCheckpoint + " and recorded_at >= :recorded group by checkpoint_id";
				case RAW -> rawByCheckpoint + " group by checkpoint_id";
			};
			this.jdbc.query(sql, piece.params(), (rs) -> {
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

	/**
	 * The window cut into the parts each counted one way: the whole hours the roll-up
	 * holds (ROLLED, with the rows recorded since its last run: LATE), and the rest from
	 * the raw rows (RAW).
	 */
	private List<Piece> pieces(FigureWindow window) {
		if (window.jurisdictionIds().isEmpty()) {
			return List.of();
		}
		Instant from = window.from();
		Instant to = window.to();
		Set<Long> ids = window.jurisdictionIds();
		Optional<RegistrationRollup.State> state = this.rollup.state()
			.filter((s) -> !s.recordedUntil().isAfter(Instant.now(this.clock)));
		Instant rolledFrom = ceilHour(from);
		// The roll-up's last hour holds that hour only up to rolledUntil: it serves a
		// window
		// that reaches at least that far; a window that ends before stops at whole hours.
		Instant rolledTo = state.map((s) -> to.isBefore(s.rolledUntil())
				? min(to.truncatedTo(ChronoUnit.HOURS), s.rolledUntil().truncatedTo(ChronoUnit.HOURS))
				: s.rolledUntil())
			.orElse(from);
		if (state.isEmpty() || !rolledFrom.isBefore(rolledTo)) {
			return List.of(new Piece(Kind.RAW, params(ids, from, to)));
		}
		List<Piece> pieces = new ArrayList<>();
		pieces.add(new Piece(Kind.ROLLED,
				params(ids, rolledFrom, rolledTo).addValue("fromHour", rolledFrom.getEpochSecond() / 3600)
					.addValue("toHour", ceilHour(rolledTo).getEpochSecond() / 3600)));
		pieces.add(new Piece(Kind.LATE,
				params(ids, rolledFrom, rolledTo).addValue("recorded", Timestamp.from(state.get().recordedUntil()))));
		if (from.isBefore(rolledFrom)) {
			pieces.add(new Piece(Kind.RAW, params(ids, from, rolledFrom)));
		}
		if (rolledTo.isBefore(to)) {
			pieces.add(new Piece(Kind.RAW, params(ids, rolledTo, to)));
		}
		return pieces;
	}

	private static MapSqlParameterSource params(Set<Long> ids, Instant from, Instant to) {
		return new MapSqlParameterSource().addValue("ids", ids)
			.addValue("from", Timestamp.from(from))
			.addValue("to", Timestamp.from(to));
	}

	private static long[] row(ResultSet rs, int i) throws SQLException {
		long[] row = new long[CODES.size()];
		for (int c = 0; c < row.length; c++) {
			row[c] = rs.getLong(c + 1);
		}
		return row;
	}

	private static Instant ceilHour(Instant at) {
		Instant floor = at.truncatedTo(ChronoUnit.HOURS);
		return floor.equals(at) ? at : floor.plus(1, ChronoUnit.HOURS);
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private enum Kind {

		ROLLED, LATE, RAW

	}

	private record Piece(Kind kind, MapSqlParameterSource params) {

	}

}
