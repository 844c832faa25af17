package org.fangkong.screening;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fangkong.shared.OriginClass;
import org.fangkong.shared.platform.Figure;
import org.fangkong.shared.platform.FigureContributor;
import org.fangkong.shared.platform.FigureSeries;
import org.fangkong.shared.platform.FigureWindow;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The screening figures of the daily report and the dashboard (issue #10 item 3,
 * SYSTEM.md "A daily report": arrivals by origin class, new today and cumulative; under
 * each measure; released today), for the screenings whose grid is in the window's set.
 * <p>
 * What counts, and by which time:
 * <ul>
 * <li>An <b>arrival</b> is a screening, counted once when it is opened: by its
 * {@code created_at}, the moment the platform learnt of the person (the checkpoint's
 * crossing handed over, the grid's own report, an imported list), which is what the 2020
 * report called 新增 ("new today"). Not by the typed {@code arrival_date}: it is a day
 * without a time, often filled in days later, and would change a closed report. A person
 * crossing again while a screening is open is no new arrival (the crossing joins the open
 * screening). A closed screening (a handed-down lead that did not hold, a merged
 * duplicate) is no arrival at all. {@code arrivals.<ORIGIN>} for each
 * {@link OriginClass}, {@code arrivals} in all; {@code arrivalsCumulative.<ORIGIN>} and
 * {@code arrivalsCumulative}: every arrival opened before the window's end.
 * <li>{@code underMeasure.<MEASURE>} (and {@code underMeasure} in all): persons under the
 * measure at the window's end: opened before it and either still under the measure, or
 * released at or after it (by the time the release was recorded). The screening's present
 * measure is counted (a changed measure is not traced back).
 * <li>{@code released}: releases recorded in the window (the history's {@code RELEASED}
 * line), whatever release day the approver stated.
 * <li>{@code overdueChecks}: persons under a measure with a daily check slot past its
 * time and grace and without a check, on the local day of the window's last moment (or of
 * now, when the window ends later), as the follow-up list shows them.
 * </ul>
 * <p>
 * On PostgreSQL the arrivals, releases and persons under a measure come from the counters
 * the database keeps per node ({@link ScreeningCounts}, issue #19 W3), for the whole
 * hours of a window of one node's subtree; the rest of a window and every window on H2
 * are counted from the rows ({@link #countedFromRows}, the definition the counters match
 * exactly).
 */
@Component
class ScreeningFigures implements FigureContributor {

	private static final List<Measure> MEASURES = List.of(Measure.HOME_OBSERVATION, Measure.CENTRALISED_ISOLATION,
			Measure.MEDICAL_OBSERVATION, Measure.HOME_MONITORING);

	private final NamedParameterJdbcTemplate jdbc;

	private final ScreeningCounts counts;

	private final ScreeningSettings settings;

	private final Clock clock;

	ScreeningFigures(NamedParameterJdbcTemplate jdbc, ScreeningCounts counts, ScreeningSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.counts = counts;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 200;
	}

	/**
	 * From the counters ({@link ScreeningCounts}) where they serve the window and it
	 * holds a whole hour: its whole hours from the counters, the part hours at either end
	 * from the rows; the persons under a measure from the live counts when the window
	 * ends now or later; otherwise (H2, a set of nodes of no one subtree, a window of
	 * less than an hour) everything from the rows, as {@link #countedFromRows}.
	 */
	@Override
	public List<Figure> figures(FigureWindow window) {
		if (!window.jurisdictionIds().isEmpty() && this.counts.serves(window)
				&& ScreeningCounts.hourFrom(window.from()) < ScreeningCounts.hourOf(window.to())) {
			return countedFromCounters(window);
		}
		return countedFromRows(window);
	}

	/**
	 * Every figure from the screenings' rows (the definition the counters must match).
	 */
	List<Figure> countedFromRows(FigureWindow window) {
		boolean none = window.jurisdictionIds().isEmpty();
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("ids", window.ids())
			.addValue("from", Timestamp.from(window.from()))
			.addValue("to", Timestamp.from(window.to()));
		Map<OriginClass, Long> arrivals = new EnumMap<>(OriginClass.class);
		Map<OriginClass, Long> cumulative = new EnumMap<>(OriginClass.class);
		if (!none) {
			byOrigin(params, arrivals, cumulative);
		}
		Map<Measure, Long> measures = none ? Map.of() : underMeasure(params);
		long released = none ? 0 : released(window, window.from(), window.to());
		return figures(window, arrivals, cumulative, measures, released);
	}

	private List<Figure> countedFromCounters(FigureWindow window) {
		long node = window.node();
		long first = ScreeningCounts.hourFrom(window.from());
		long end = ScreeningCounts.hourOf(window.to());
		long later = ScreeningCounts.hourFrom(window.to());
		Instant firstAt = ScreeningCounts.startOf(first);
		Instant endAt = ScreeningCounts.startOf(end);
		ScreeningCounts.Hours hours = this.counts.hours(node, first, end, later);
		ScreeningCounts.Live live = this.counts.live(node);
		Map<OriginClass, Long> arrivals = new EnumMap<>(hours.arrivals());
		arrivalsBetween(window, window.from(), firstAt).forEach((o, n) -> arrivals.merge(o, n, Long::sum));
		arrivalsBetween(window, endAt, window.to()).forEach((o, n) -> arrivals.merge(o, n, Long::sum));
		// every arrival not closed, less those opened at or after the window's end
		Map<OriginClass, Long> cumulative = new EnumMap<>(live.byOrigin());
		hours.arrivalsLater().forEach((o, n) -> cumulative.merge(o, -n, Long::sum));
		arrivalsBetween(window, window.to(), ScreeningCounts.startOf(later))
			.forEach((o, n) -> cumulative.merge(o, -n, Long::sum));
		Map<Measure, Long> measures = this.counts.underMeasureAt(window, live);
		long released = hours.releases() + released(window, window.from(), firstAt)
				+ released(window, endAt, window.to());
		return figures(window, arrivals, cumulative, measures, released);
	}

	private List<Figure> figures(FigureWindow window, Map<OriginClass, Long> arrivals,
			Map<OriginClass, Long> cumulative, Map<Measure, Long> measures, long released) {
		boolean none = window.jurisdictionIds().isEmpty();
		List<Figure> figures = new ArrayList<>();
		addAll(figures, "arrivals", arrivals);
		addAll(figures, "arrivalsCumulative", cumulative);
		long under = 0;
		for (Measure measure : MEASURES) {
			long value = measures.getOrDefault(measure, 0L);
			figures.add(new Figure("underMeasure." + measure.name(), value));
			under += value;
		}
		figures.add(new Figure("underMeasure", under));
		figures.add(new Figure("released", released));
		figures.add(new Figure("overdueChecks", none ? 0 : overdue(window)));
		return figures;
	}

	/**
	 * New arrivals per hour of the window (by the screening's creation, as above): the
	 * whole hours from the counters where they serve, the rest from the rows.
	 */
	@Override
	public List<FigureSeries> hourly(FigureWindow window) {
		return hourly(window, this.counts.serves(window));
	}

	/**
	 * As {@link #hourly(FigureWindow)}, from the rows alone unless {@code fromCounters}.
	 */
	List<FigureSeries> hourly(FigureWindow window, boolean fromCounters) {
		long firstHour = ScreeningCounts.hourOf(window.from());
		int hours = (int) Math.max(0, ScreeningCounts.hourFrom(window.to()) - firstHour);
		long[] arrivals = new long[hours];
		if (!window.jurisdictionIds().isEmpty()) {
			long first = ScreeningCounts.hourFrom(window.from());
			long end = ScreeningCounts.hourOf(window.to());
			if (fromCounters && first < end) {
				this.counts.arrivalsPerHour(window.node(), first, end, arrivals, firstHour);
				arrivalsPerHour(window, window.from(), ScreeningCounts.startOf(first), arrivals, firstHour);
				arrivalsPerHour(window, ScreeningCounts.startOf(end), window.to(), arrivals, firstHour);
			}
			else {
				arrivalsPerHour(window, window.from(), window.to(), arrivals, firstHour);
			}
		}
		return List.of(new FigureSeries("arrivals", java.util.Arrays.stream(arrivals).boxed().toList()));
	}

	private void arrivalsPerHour(FigureWindow window, Instant from, Instant to, long[] arrivals, long firstHour) {
		if (!from.isBefore(to)) {
			return;
		}
		this.jdbc.query(
				"select s.created_at from screening s where s.grid_id = any(:ids) and s.created_at >= :from"
						+ " and s.created_at < :to and s.status <> 'CLOSED'",
				new MapSqlParameterSource().addValue("ids", window.ids())
					.addValue("from", Timestamp.from(from))
					.addValue("to", Timestamp.from(to)),
				(rs) -> {
					long hour = ScreeningCounts.hourOf(rs.getTimestamp(1).toInstant()) - firstHour;
					if (hour >= 0 && hour < arrivals.length) {
						arrivals[(int) hour]++;
					}
				});
	}

	private static void addAll(List<Figure> figures, String prefix, Map<OriginClass, Long> counts) {
		long total = 0;
		for (OriginClass origin : OriginClass.values()) {
			long value = counts.getOrDefault(origin, 0L);
			figures.add(new Figure(prefix + "." + origin.name(), value));
			total += value;
		}
		figures.add(new Figure(prefix, total));
	}

	/** Arrivals in the window and before its end, by origin class, in one pass. */
	private void byOrigin(MapSqlParameterSource params, Map<OriginClass, Long> arrivals,
			Map<OriginClass, Long> cumulative) {
		this.jdbc.query("select s.origin_class, sum(case when s.created_at >= :from then 1 else 0 end), count(*)"
				+ " from screening s where s.grid_id = any(:ids) and s.created_at < :to and s.status <> 'CLOSED'"
				+ " group by s.origin_class", params, (rs) -> {
					OriginClass origin = OriginClass.valueOf(rs.getString(1));
					arrivals.put(origin, rs.getLong(2));
					cumulative.put(origin, rs.getLong(3));
				});
	}

	/** Arrivals opened in {@code [from, to)} (none when empty), by origin class. */
	private Map<OriginClass, Long> arrivalsBetween(FigureWindow window, Instant from, Instant to) {
		Map<OriginClass, Long> arrivals = new EnumMap<>(OriginClass.class);
		if (from.isBefore(to)) {
			this.jdbc.query(
					"select s.origin_class, count(*) from screening s where s.grid_id = any(:ids)"
							+ " and s.created_at >= :from and s.created_at < :to and s.status <> 'CLOSED'"
							+ " group by s.origin_class",
					new MapSqlParameterSource().addValue("ids", window.ids())
						.addValue("from", Timestamp.from(from))
						.addValue("to", Timestamp.from(to)),
					(rs) -> {
						arrivals.put(OriginClass.valueOf(rs.getString(1)), rs.getLong(2));
					});
		}
		return arrivals;
	}

	private Map<Measure, Long> underMeasure(MapSqlParameterSource params) {
		Map<Measure, Long> counts = new EnumMap<>(Measure.class);
		this.jdbc.query("""
				select s.measure, count(*) from screening s
				where s.grid_id = any(:ids) and s.created_at < :to and s.measure <> 'NONE'
				  and (s.status = 'UNDER_MEASURE' or (s.status = 'RELEASED' and exists (
				    select 1 from screening_history h
				    where h.screening_id = s.id and h.action = 'RELEASED' and h.occurred_at >= :to)))
				group by s.measure
				""", params, (rs) -> {
			counts.put(Measure.valueOf(rs.getString(1)), rs.getLong(2));
		});
		return counts;
	}

	/** Screenings released in {@code [from, to)} (none when empty). */
	private long released(FigureWindow window, Instant from, Instant to) {
		if (!from.isBefore(to)) {
			return 0;
		}
		Long n = this.jdbc.queryForObject(
				"""
						select count(*) from screening s
						where s.grid_id = any(:ids) and exists (
						  select 1 from screening_history h
						  where h.screening_id = s.id and h.action = 'RELEASED' and h.occurred_at >= :from and h.occurred_at < :to)
						""",
				new MapSqlParameterSource().addValue("ids", window.ids())
					.addValue("from", Timestamp.from(from))
					.addValue("to", Timestamp.from(to)),
				Long.class);
		return (n != null) ? n : 0;
	}

	/**
	 * As {@link CheckRules#slots}: a slot is overdue once its time and grace have passed
	 * without a current check, unless the person came under the measure after the slot's
	 * time on the measure's first day.
	 */
	private long overdue(FigureWindow window) {
		Instant now = Instant.now(this.clock);
		Instant asOf = (window.to().isAfter(now) ? now : window.to()).minusNanos(1);
		LocalDateTime local = LocalDateTime.ofInstant(asOf, this.clock.getZone());
		LocalDate day = local.toLocalDate();
		LocalTime time = local.toLocalTime();
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("ids", window.ids())
			.addValue("day", Date.valueOf(day));
		List<String> missing = new ArrayList<>();
		List<LocalTime> checkTimes = this.settings.checkTimes();
		for (int slot = 0; slot < checkTimes.size(); slot++) {
			LocalTime slotTime = checkTimes.get(slot);
			if (!time.isAfter(slotTime.plus(this.settings.checkGrace()))) {
				continue;
			}
			params.addValue("slot" + slot, slot);
			params.addValue("at" + slot, Timestamp.from(day.atTime(slotTime).atZone(this.clock.getZone()).toInstant()));
			missing.add("(not exists (select 1 from daily_check c where c.screening_id = s.id and c.check_date = :day"
					+ " and c.slot = :slot" + slot + " and c.superseded_by is null)"
					+ " and not (s.measure_start = :day and s.created_at > :at" + slot + "))");
		}
		if (missing.isEmpty()) {
			return 0;
		}
		Long n = this.jdbc.queryForObject("select count(*) from screening s where s.grid_id = any(:ids)"
				+ " and s.status = 'UNDER_MEASURE' and s.measure_start <= :day and s.measure_end > :day and ("
				+ String.join(" or ", missing) + ")", params, Long.class);
		return (n != null) ? n : 0;
	}

}
