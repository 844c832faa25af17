package org.fangkong.checkpoint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fangkong.shared.platform.Figure;
import org.fangkong.shared.platform.FigureContributor;
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

	private final NamedParameterJdbcTemplate jdbc;

	private final RegistrationRollup rollup;

	private final Clock clock;

	CheckpointFigures(NamedParameterJdbcTemplate jdbc, RegistrationRollup rollup, Clock clock) {
		this.jdbc = jdbc;
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
		if (!window.jurisdictionIds().isEmpty()) {
			Instant from = window.from();
			Instant to = window.to();
			Optional<RegistrationRollup.State> state = this.rollup.state()
				.filter((s) -> !s.recordedUntil().isAfter(Instant.now(this.clock)));
			Instant rolledFrom = ceilHour(from);
			Instant rolledTo = state.map((s) -> min(to.truncatedTo(ChronoUnit.HOURS), s.rolledUntil())).orElse(from);
			if (state.isPresent() && rolledFrom.isBefore(rolledTo)) {
				add(counts, rolled(window.jurisdictionIds(), rolledFrom, rolledTo));
				add(counts, lateSince(window.jurisdictionIds(), rolledFrom, rolledTo, state.get().recordedUntil()));
				if (from.isBefore(rolledFrom)) {
					add(counts, raw(window.jurisdictionIds(), from, rolledFrom));
				}
				if (rolledTo.isBefore(to)) {
					add(counts, raw(window.jurisdictionIds(), rolledTo, to));
				}
			}
			else {
				add(counts, raw(window.jurisdictionIds(), from, to));
			}
		}
		List<Figure> figures = new ArrayList<>();
		for (int i = 0; i < CODES.size(); i++) {
			figures.add(new Figure(CODES.get(i), counts[i]));
		}
		return figures;
	}

	private long[] rolled(Set<Long> ids, Instant from, Instant to) {
		return this.jdbc.queryForObject("""
				select coalesce(sum(crossings_in), 0), coalesce(sum(crossings_out), 0), coalesce(sum(vehicles_in), 0),
				  coalesce(sum(vehicles_out), 0), coalesce(sum(fevers), 0), coalesce(sum(turned_back), 0)
				from registration_hour where jurisdiction_id in (:ids) and hour_no >= :fromHour and hour_no < :toHour
				""",
				new MapSqlParameterSource().addValue("ids", ids)
					.addValue("fromHour", from.getEpochSecond() / 3600)
					.addValue("toHour", to.getEpochSecond() / 3600),
				CheckpointFigures::row);
	}

	private long[] lateSince(Set<Long> ids, Instant from, Instant to, Instant recordedUntil) {
		return this.jdbc.queryForObject(RAW + " and recorded_at >= :recorded",
				params(ids, from, to).addValue("recorded", Timestamp.from(recordedUntil)), CheckpointFigures::row);
	}

	private long[] raw(Set<Long> ids, Instant from, Instant to) {
		return this.jdbc.queryForObject(RAW, params(ids, from, to), CheckpointFigures::row);
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

	private static void add(long[] sum, long[] part) {
		for (int i = 0; i < sum.length; i++) {
			sum[i] += part[i];
		}
	}

	private static Instant ceilHour(Instant at) {
		Instant floor = at.truncatedTo(ChronoUnit.HOURS);
		return floor.equals(at) ? at : floor.plus(1, ChronoUnit.HOURS);
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
