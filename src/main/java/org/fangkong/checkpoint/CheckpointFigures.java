package org.fangkong.checkpoint;

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

	private static final String SUMS = "coalesce(sum(crossings_in), 0), coalesce(sum(crossings_out), 0),"
			+ " coalesce(sum(vehicles_in), 0), coalesce(sum(vehicles_out), 0), coalesce(sum(fevers), 0),"
			+ " coalesce(sum(turned_back), 0)";

	/** The upper end of the LATE piece's range of recording times: no row is later. */
	private static final Timestamp LATE_CAP = Timestamp.from(Instant.parse("9999-01-01T00:00:00Z"));

	/** A raw piece this long or shorter is read checkpoint by checkpoint. */
	private static final java.time.Duration SHORT = java.time.Duration.ofHours(1);

	/** The columns of {@link #CODES} as the union's parts name them. */
	private static final String COLUMNS = "c0, c1, c2, c3, c4, c5";

	private static final String TOTALS = "coalesce(sum(c0), 0), coalesce(sum(c1), 0), coalesce(sum(c2), 0),"
			+ " coalesce(sum(c3), 0), coalesce(sum(c4), 0), coalesce(sum(c5), 0)";

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
		List<Piece> pieces = pieces(window);
		if (!pieces.isEmpty()) {
			MapSqlParameterSource params = new MapSqlParameterSource("ids", window.ids());
			String sql = "select " + TOTALS + " from (" + union(pieces, params, "", "", window.node()) + ") p";
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
		List<Piece> pieces = pieces(window);
		if (!pieces.isEmpty()) {
			MapSqlParameterSource params = new MapSqlParameterSource("ids", window.ids());
			String sql = "select h, " + TOTALS + " from ("
					+ union(pieces, params, "hour_no", RegistrationRollup.HOUR_OF_CROSSING, window.node())
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
		List<Piece> pieces = pieces(window);
		if (!pieces.isEmpty()) {
			MapSqlParameterSource params = new MapSqlParameterSource("ids", window.ids());
			String sql = "select h, coalesce(sum(c0), 0) + coalesce(sum(c1), 0) from ("
					+ union(pieces, params, "checkpoint_id", "checkpoint_id", window.node()) + ") p group by h";
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
		Instant now = Instant.now(this.clock);
		Optional<RegistrationRollup.State> state = this.rollup.state().filter((s) -> !s.recordedUntil().isAfter(now));
		Instant rolledFrom = ceilHour(from);
		// The roll-up's last hour holds that hour only up to rolledUntil: it serves a
		// window that reaches at least that far; a window that ends before stops at
		// whole hours.
		Instant rolledTo = state.map((s) -> to.isBefore(s.rolledUntil())
				? min(to.truncatedTo(ChronoUnit.HOURS), s.rolledUntil().truncatedTo(ChronoUnit.HOURS))
				: s.rolledUntil())
			.orElse(from);
		if (state.isEmpty() || !rolledFrom.isBefore(rolledTo)) {
			return List.of(Piece.raw(from, to, now));
		}
		List<Piece> pieces = new ArrayList<>();
		pieces.add(new Piece(Kind.ROLLED, rolledFrom, rolledTo, null));
		pieces.add(new Piece(Kind.LATE, rolledFrom, rolledTo, state.get().recordedUntil()));
		if (from.isBefore(rolledFrom)) {
			pieces.add(Piece.raw(from, rolledFrom, now));
		}
		if (rolledTo.isBefore(to)) {
			pieces.add(Piece.raw(rolledTo, to, now));
		}
		return pieces;
	}

	/**
	 * The pieces as one statement: each piece's counts (columns {@code c0 … c5}, grouped
	 * by {@code h} when a grouping is given) joined by {@code union all}, so that a
	 * figure, a chart or a ranking costs the database one round trip and one plan.
	 * @param rolledGroup the roll-up's grouping column, or empty for none
	 * @param rawGroup the raw rows' grouping expression, or empty for none
	 * @param node the window's chosen node, whose own rows of the roll-up per node and
	 * subtree the rolled piece reads; {@code null}: the rows of each node in the window
	 */
	private static String union(List<Piece> pieces, MapSqlParameterSource params, String rolledGroup, String rawGroup,
			Long node) {
		List<String> parts = new ArrayList<>();
		for (int n = 0; n < pieces.size(); n++) {
			Piece piece = pieces.get(n);
			params.addValue("from" + n, Timestamp.from(piece.from())).addValue("to" + n, Timestamp.from(piece.to()));
			String where;
			String select;
			String group;
			if (piece.kind() == Kind.ROLLED) {
				params.addValue("fromHour" + n, piece.from().getEpochSecond() / 3600)
					.addValue("toHour" + n, ceilHour(piece.to()).getEpochSecond() / 3600);
				select = SUMS;
				if (node != null) {
					params.addValue("node", node);
				}
				where = rolledRows(rolledGroup, node) + " and hour_no >= :fromHour" + n + " and hour_no < :toHour" + n;
				group = rolledGroup;
			}
			else {
				select = RegistrationRollup.COUNTS;
				// A short piece (the open part of the current hour, a part hour at either
				// end) reads the raw rows through one index range on (checkpoint,
				// crossing
				// time) per checkpoint whose node is in the window: 82 for the demo city
				// instead of one per node of the subtree (790), most of which hold no
				// checkpoint. Checkpoints never move, so a crossing's node is its
				// checkpoint's; the outer filter on the node keeps the count exact
				// anyway.
				// Behind a fence (offset 0), so that the planner cannot push that filter
				// down
				// to the (node, crossing time) index. A long piece (no roll-up yet: the
				// whole window) reads that index, whose bitmap scan fetches many rows in
				// block order.
				String rows = "registration";
				if (piece.narrow()) {
					rows = "(select x.id, x.jurisdiction_id, x.checkpoint_id, x.crossed_at, x.direction, x.plate,"
							+ " x.vehicle_group, x.outcome from checkpoint c join registration x on x.checkpoint_id = c.id"
							+ " where c.jurisdiction_id = any(:ids) and x.crossed_at >= :from" + n
							+ " and x.crossed_at < :to" + n + " offset 0) r";
				}
				if (piece.kind() == Kind.LATE) {
					// The rows recorded since the last run, found through the index on
					// recorded_at behind a fence (offset 0) and with a two-sided range:
					// a generic plan of a prepared statement would otherwise read every
					// row of the window through the (node, crossing time) index.
					params.addValue("recorded" + n, Timestamp.from(piece.recorded()))
						.addValue("recordedCap" + n, LATE_CAP);
					rows = "(select id, jurisdiction_id, checkpoint_id, crossed_at, direction, plate, vehicle_group,"
							+ " outcome from registration where recorded_at >= :recorded" + n
							+ " and recorded_at < :recordedCap" + n + " offset 0) r";
				}
				where = " from " + rows + " where jurisdiction_id = any(:ids) and crossed_at >= :from" + n
						+ " and crossed_at < :to" + n;
				group = rawGroup;
			}
			parts.add(group.isEmpty() ? "select " + select + where
					: "select " + group + ", " + select + where + " group by " + group);
		}
		// A derived column list names each part's columns alike (h, c0 … c5).
		String columns = rawGroup.isEmpty() ? COLUMNS : "h, " + COLUMNS;
		List<String> named = new ArrayList<>();
		for (int n = 0; n < parts.size(); n++) {
			named.add("select " + columns + " from (" + parts.get(n) + ") p" + n + " (" + columns + ")");
		}
		return String.join(" union all ", named);
	}

	/**
	 * Where the rolled piece reads: the chosen node's own rows of the roll-up per node
	 * and subtree; per checkpoint, the rows of the nodes the roll-up has seen below it (a
	 * node's rows are only ever written after its ancestors are recorded, so none is
	 * missed), a few dozen index ranges instead of one per node of the subtree.
	 */
	private static String rolledRows(String rolledGroup, Long node) {
		if (node == null) {
			return " from registration_hour where jurisdiction_id = any(:ids)";
		}
		if (rolledGroup.equals("checkpoint_id")) {
			return " from registration_hour where jurisdiction_id in"
					+ " (select node_id from registration_node_ancestor where ancestor_id = :node)";
		}
		return " from registration_hour_node where node_id = :node";
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

	/**
	 * A part of a window counted one way. {@code narrow}: a raw piece whose rows (up to
	 * now) span at most {@link #SHORT}, read checkpoint by checkpoint.
	 */
	private record Piece(Kind kind, Instant from, Instant to, Instant recorded, boolean narrow) {

		Piece(Kind kind, Instant from, Instant to, Instant recorded) {
			this(kind, from, to, recorded, false);
		}

		static Piece raw(Instant from, Instant to, Instant now) {
			Instant rowsEnd = min(to, now.plus(RegistrationRollup.AHEAD));
			return new Piece(Kind.RAW, from, to, null, !rowsEnd.isAfter(from.plus(SHORT)));
		}

	}

}
