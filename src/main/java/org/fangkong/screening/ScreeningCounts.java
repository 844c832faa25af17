package org.fangkong.screening;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.fangkong.shared.OriginClass;
import org.fangkong.shared.platform.FigureWindow;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The screening counters (issue #19 W3, {@code db/vendor/postgresql/screening/V1_19_60}):
 * per jurisdiction node, the screenings now by origin class, measure and status, and per
 * hour (since the epoch, UTC) the arrivals opened and the releases recorded. The database
 * keeps them in the transaction that changes a screening or its history, on every write
 * path (row triggers, folded at commit). PostgreSQL only: on H2 the tables do not exist
 * and {@link #serves} says no, so {@link ScreeningFigures} counts the rows.
 * <p>
 * They count exactly what {@link ScreeningFigures}' raw queries count, for a node's whole
 * subtree (a screening counts for every node on its {@code grid_path}): an arrival is a
 * screening that is not {@code CLOSED}, counted by its {@code created_at} and its present
 * grid and origin class; a release is a {@code RELEASED} history line, by its
 * {@code occurred_at} and its screening's present grid (one such line per screening: a
 * released screening is never changed again).
 */
@Component
class ScreeningCounts {

	private final NamedParameterJdbcTemplate jdbc;

	private volatile Boolean present;

	ScreeningCounts(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether the counters answer for this window: they exist and it is one node's
	 * subtree.
	 */
	boolean serves(FigureWindow window) {
		return window.node() != null && present();
	}

	private boolean present() {
		Boolean known = this.present;
		if (known == null) {
			Long n = this.jdbc.queryForObject(
					"select count(*) from information_schema.tables where lower(table_name) = 'screening_count_hour'",
					new MapSqlParameterSource(), Long.class);
			known = n != null && n > 0;
			this.present = known;
		}
		return known;
	}

	/** The hour (since the epoch, UTC) an instant falls in. */
	static long hourOf(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), 3600);
	}

	/** The first whole hour that starts at or after an instant. */
	static long hourFrom(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond() + 3599, 3600);
	}

	static Instant startOf(long hour) {
		return Instant.ofEpochSecond(hour * 3600);
	}

	/**
	 * The node's hour counters by origin class: the arrivals and releases of the hours
	 * {@code [first, end)}, and the arrivals of the hours from {@code later} on.
	 */
	Hours hours(long node, long first, long end, long later) {
		Map<OriginClass, Long> arrivals = new EnumMap<>(OriginClass.class);
		Map<OriginClass, Long> arrivalsLater = new EnumMap<>(OriginClass.class);
		long[] releases = { 0 };
		this.jdbc.query("""
				select origin_class,
				  sum(case when hour >= :first and hour < :end then arrivals else 0 end),
				  sum(case when hour >= :first and hour < :end then releases else 0 end),
				  sum(case when hour >= :later then arrivals else 0 end)
				from screening_count_hour where node_id = :node and hour >= :since
				group by origin_class
				""",
				new MapSqlParameterSource().addValue("node", node)
					.addValue("first", first)
					.addValue("end", end)
					.addValue("later", later)
					.addValue("since", Math.min(first, later)),
				(rs) -> {
					OriginClass origin = OriginClass.valueOf(rs.getString(1));
					arrivals.put(origin, rs.getLong(2));
					releases[0] += rs.getLong(3);
					arrivalsLater.put(origin, rs.getLong(4));
				});
		return new Hours(arrivals, releases[0], arrivalsLater);
	}

	/**
	 * The node's arrivals per hour of {@code [first, end)}, added into {@code series}
	 * from {@code first}.
	 */
	void arrivalsPerHour(long node, long first, long end, long[] series, long seriesFirst) {
		this.jdbc.query("""
				select hour, sum(arrivals) from screening_count_hour
				where node_id = :node and hour >= :first and hour < :end group by hour
				""", new MapSqlParameterSource().addValue("node", node).addValue("first", first).addValue("end", end),
				(rs) -> {
					long index = rs.getLong(1) - seriesFirst;
					if (index >= 0 && index < series.length) {
						series[(int) index] += rs.getLong(2);
					}
				});
	}

	/**
	 * The node's screenings now (not closed): by origin class, and under each measure.
	 */
	Live live(long node) {
		Map<OriginClass, Long> byOrigin = new EnumMap<>(OriginClass.class);
		Map<Measure, Long> underMeasure = new EnumMap<>(Measure.class);
		this.jdbc.query(
				"select origin_class, measure, status, screenings from screening_count_live where node_id = :node",
				new MapSqlParameterSource("node", node), (rs) -> {
					long n = rs.getLong(4);
					byOrigin.merge(OriginClass.valueOf(rs.getString(1)), n, Long::sum);
					Measure measure = Measure.valueOf(rs.getString(2));
					if (measure != Measure.NONE && ScreeningStatus.UNDER_MEASURE.name().equals(rs.getString(3))) {
						underMeasure.merge(measure, n, Long::sum);
					}
				});
		return new Live(byOrigin, underMeasure);
	}

	/**
	 * The persons under each measure at the window's end, as
	 * {@code ScreeningFigures.underMeasure} counts them: under a measure now, less those
	 * opened at or after the end, plus those opened before it and released at or after
	 * it. Both corrections read only the rows since the end, through the indexes on
	 * (grid, created_at) and (action, occurred_at): nothing for a window that ends now or
	 * later.
	 */
	Map<Measure, Long> underMeasureAt(FigureWindow window, Live live) {
		Map<Measure, Long> counts = new EnumMap<>(live.underMeasure());
		// The end as a literal, not a parameter: a prepared statement's generic plan
		// (PostgreSQL's after five executions) would not know that "since the end" is
		// nothing and would read every screening of the subtree (2.5 s at 1M screenings).
		String end = "cast('" + window.to() + "' as timestamp with time zone)";
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("ids", window.ids());
		this.jdbc.query(
				"select s.measure, count(*) from screening s where s.grid_id = any(:ids) and s.created_at >= " + end
						+ " and s.status = 'UNDER_MEASURE' and s.measure <> 'NONE' group by s.measure",
				params, (rs) -> {
					counts.merge(Measure.valueOf(rs.getString(1)), -rs.getLong(2), Long::sum);
				});
		this.jdbc.query("select s.measure, count(*) from screening_history h join screening s on s.id = h.screening_id"
				+ " where h.action = 'RELEASED' and h.occurred_at >= " + end + " and s.grid_id = any(:ids)"
				+ " and s.created_at < " + end + " and s.status = 'RELEASED' and s.measure <> 'NONE'"
				+ " group by s.measure", params, (rs) -> {
					counts.merge(Measure.valueOf(rs.getString(1)), rs.getLong(2), Long::sum);
				});
		return counts;
	}

	record Hours(Map<OriginClass, Long> arrivals, long releases, Map<OriginClass, Long> arrivalsLater) {
	}

	record Live(Map<OriginClass, Long> byOrigin, Map<Measure, Long> underMeasure) {
	}

}
