package org.fangkong.checkpoint;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fangkong.shared.platform.FigureWindow;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * How {@link CheckpointFigures} counts a window exactly and fast (issue #10 item 7): the
 * window cut into pieces each counted one way (the whole hours the roll-up holds, the
 * rows recorded since its last run, the rest from the raw rows), and the pieces as one
 * SQL statement.
 */
@Component
class WindowPieces {

	private static final String SUMS = "coalesce(sum(crossings_in), 0), coalesce(sum(crossings_out), 0),"
			+ " coalesce(sum(vehicles_in), 0), coalesce(sum(vehicles_out), 0), coalesce(sum(fevers), 0),"
			+ " coalesce(sum(turned_back), 0)";

	/** The upper end of the LATE piece's range of recording times: no row is later. */
	private static final Timestamp LATE_CAP = Timestamp.from(Instant.parse("9999-01-01T00:00:00Z"));

	/** A raw piece this long or shorter is read checkpoint by checkpoint. */
	private static final java.time.Duration SHORT = java.time.Duration.ofHours(1);

	/** The columns of {@link #CODES} as the union's parts name them. */
	private static final String COLUMNS = "c0, c1, c2, c3, c4, c5";

	private final RegistrationRollup rollup;

	private final Clock clock;

	WindowPieces(RegistrationRollup rollup, Clock clock) {
		this.rollup = rollup;
		this.clock = clock;
	}

	/**
	 * The window cut into the parts each counted one way: the whole hours the roll-up
	 * holds (ROLLED, with the rows recorded since its last run: LATE), and the rest from
	 * the raw rows (RAW).
	 */
	List<Piece> of(FigureWindow window) {
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
	static String union(List<Piece> pieces, MapSqlParameterSource params, String rolledGroup, String rawGroup,
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

	enum Kind {

		ROLLED, LATE, RAW

	}

	/**
	 * A part of a window counted one way. {@code narrow}: a raw piece whose rows (up to
	 * now) span at most {@link #SHORT}, read checkpoint by checkpoint.
	 */
	record Piece(Kind kind, Instant from, Instant to, Instant recorded, boolean narrow) {

		Piece(Kind kind, Instant from, Instant to, Instant recorded) {
			this(kind, from, to, recorded, false);
		}

		static Piece raw(Instant from, Instant to, Instant now) {
			Instant rowsEnd = min(to, now.plus(RegistrationRollup.AHEAD));
			return new Piece(Kind.RAW, from, to, null, !rowsEnd.isAfter(from.plus(SHORT)));
		}

	}

}
