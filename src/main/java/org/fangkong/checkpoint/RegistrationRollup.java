package org.fangkong.checkpoint;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.fangkong.jurisdiction.Jurisdictions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue #10 item 7: keeps the closed hours of crossings pre-aggregated in
 * {@code registration_hour} (per node, hour and checkpoint), so that the figures of a day
 * read a few hundred rows instead of every registration.
 * <p>
 * The invariant, kept in the one row of {@code registration_rollup}: the roll-up holds
 * exactly the registrations that crossed before {@code rolled_until} (a whole hour) and
 * were recorded before {@code recorded_until}. Each run moves both forward
 * (recorded_until to {@code fangkong.checkpoint.rollup-settle}, 2 minutes, before now, so
 * that a registration stamped before it has committed; rolled_until to the last whole
 * one-minute slice before that, so the row of its hour holds that hour in part) and
 * re-counts the hours it reaches into and the (node, hour) cells that gained rows: those
 * of the registrations recorded since the last run, which includes a <b>late entry</b>
 * from a paper sheet whose hour was rolled up long ago, found through the index on
 * {@code recorded_at}. {@link CheckpointFigures} adds what the roll-up does not hold yet
 * from the raw rows through indexes: the open hours, the parts of a window that are not
 * whole hours, and the rows recorded since the last run.
 * <p>
 * Nothing on a registration's write path touches these tables: no counter row serialises
 * the crew of a busy checkpoint. The job runs every
 * {@code fangkong.checkpoint.rollup-every} (1 minute); tests switch it off
 * ({@code fangkong.checkpoint.rollup-enabled=false}) and call {@link #run()} themselves.
 */
@Component
class RegistrationRollup {

	private static final Logger log = LoggerFactory.getLogger(RegistrationRollup.class);

	/**
	 * A crossing may be stamped this far ahead of its recording (RegistrationRules allows
	 * 5 minutes), with room to spare.
	 */
	static final Duration AHEAD = Duration.ofMinutes(10);

	/**
	 * How far the roll-up reaches: to the last whole slice before the settle time, so
	 * that the raw rows a reader counts are at most a slice, the settle time and the
	 * job's interval old (about 4 minutes), not an hour (W3: the open hour was most of
	 * the dashboard's cost; 10-minute slices still left 12 minutes of rows).
	 */
	static final Duration SLICE = Duration.ofMinutes(1);

	static final String COUNTS = """
			coalesce(sum(case when direction = 'IN' then 1 else 0 end), 0),
			coalesce(sum(case when direction = 'OUT' then 1 else 0 end), 0),
			count(distinct case when direction = 'IN' and plate is not null
			  then coalesce(vehicle_group, cast(id as varchar(20))) end),
			count(distinct case when direction = 'OUT' and plate is not null
			  then coalesce(vehicle_group, cast(id as varchar(20))) end),
			coalesce(sum(case when outcome = 'FEVER_CLINIC' then 1 else 0 end), 0),
			coalesce(sum(case when outcome = 'TURNED_BACK' then 1 else 0 end), 0)
			""";

	static final String HOUR_OF_CROSSING = "cast(floor(extract(epoch from crossed_at) / 3600) as bigint)";

	private static final String INSERT = "insert into registration_hour (jurisdiction_id, hour_no, checkpoint_id,"
			+ " crossings_in, crossings_out, vehicles_in, vehicles_out, fevers, turned_back) ";

	private final NamedParameterJdbcTemplate jdbc;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	private final boolean enabled;

	private final Duration settle;

	/**
	 * @param settle how long a registration's transaction may take between its stamp and
	 * its commit: the roll-up reaches only that far behind the clock
	 */
	RegistrationRollup(NamedParameterJdbcTemplate jdbc, Jurisdictions jurisdictions, Clock clock,
			@Value("${fangkong.checkpoint.rollup-enabled:true}") boolean enabled,
			@Value("${fangkong.checkpoint.rollup-settle:2m}") Duration settle) {
		this.jdbc = jdbc;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
		this.enabled = enabled;
		this.settle = settle;
	}

	@SchedulerLock(name = "checkpoint-rollup")
	@Scheduled(initialDelayString = "${fangkong.checkpoint.rollup-every:1m}",
			fixedDelayString = "${fangkong.checkpoint.rollup-every:1m}")
	void scheduled() {
		if (this.enabled) {
			try {
				run();
			}
			catch (RuntimeException ex) {
				log.warn("Rolling up the registrations failed; the figures count raw rows until it succeeds", ex);
			}
		}
	}

	/** The state of the roll-up, if it ever ran. */
	Optional<State> state() {
		List<State> states = this.jdbc.query(
				"select rolled_until, recorded_until from registration_rollup where id = 1", Map.of(),
				(rs, i) -> new State(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()));
		return states.stream().findFirst();
	}

	/**
	 * One run: rolls up the hours closed since the last run and re-counts the cells that
	 * gained late entries. Answers the new state.
	 */
	@Transactional
	State run() {
		Instant recordedUntil = Instant.now(this.clock).minus(this.settle);
		Instant rolledUntil = sliceOf(recordedUntil);
		// One run at a time: the state row is locked until the run commits.
		List<State> locked = this.jdbc.query(
				"select rolled_until, recorded_until from registration_rollup where id = 1 for update", Map.of(),
				(rs, i) -> new State(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()));
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("rolled", Timestamp.from(rolledUntil))
			.addValue("recorded", Timestamp.from(recordedUntil));
		if (locked.isEmpty()) {
			this.jdbc.update("delete from registration_hour", Map.of());
			this.jdbc.update(INSERT + "select jurisdiction_id, " + HOUR_OF_CROSSING + ", checkpoint_id, " + COUNTS
					+ " from registration where crossed_at < :rolled and recorded_at < :recorded"
					+ " group by jurisdiction_id, " + HOUR_OF_CROSSING + ", checkpoint_id", params);
			this.jdbc.update("insert into registration_rollup (id, rolled_until, recorded_until)"
					+ " values (1, :rolled, :recorded)", params);
			rollUpNodes(null);
			return new State(rolledUntil, recordedUntil);
		}
		State before = locked.get(0);
		if (!recordedUntil.isAfter(before.recordedUntil())) {
			return before; // the clock stands still or went back: nothing new to roll up
		}
		if (rolledUntil.isBefore(before.rolledUntil())) {
			rolledUntil = before.rolledUntil();
			params.addValue("rolled", Timestamp.from(rolledUntil));
		}
		Instant since = before.recordedUntil().isBefore(before.rolledUntil().minus(AHEAD)) ? before.recordedUntil()
				: before.rolledUntil().minus(AHEAD);
		// The hour that held the last run's end is counted again whole below, with the
		// hours
		// after it; late entries matter only before it.
		long firstOpenHour = before.rolledUntil().getEpochSecond() / 3600;
		params.addValue("since", Timestamp.from(since))
			.addValue("settled", Timestamp.from(Instant.ofEpochSecond(firstOpenHour * 3600)));
		List<Cell> cells = this.jdbc.query("select distinct jurisdiction_id, " + HOUR_OF_CROSSING
				+ " from registration where recorded_at >= :since and recorded_at < :recorded and crossed_at < :settled",
				params, (rs, i) -> new Cell(rs.getLong(1), rs.getLong(2)));
		Set<Long> hours = new TreeSet<>();
		for (Cell cell : cells) {
			hours.add(cell.hourNo());
			MapSqlParameterSource cellParams = hourParams(cell.hourNo(), rolledUntil, recordedUntil).addValue("node",
					cell.jurisdictionId());
			this.jdbc.update("delete from registration_hour where jurisdiction_id = :node and hour_no = :hour",
					cellParams);
			this.jdbc.update(INSERT + "select jurisdiction_id, :hour, checkpoint_id, " + COUNTS
					+ " from registration where jurisdiction_id = :node and crossed_at >= :start and crossed_at < :end"
					+ " and recorded_at < :recorded group by jurisdiction_id, checkpoint_id", cellParams);
		}
		// The hours the roll-up reaches into now, the last of them in part (up to a whole
		// slice): counted again for every node.
		for (long hour = firstOpenHour; hour * 3600 < rolledUntil.getEpochSecond(); hour++) {
			hours.add(hour);
			MapSqlParameterSource hourParams = hourParams(hour, rolledUntil, recordedUntil);
			this.jdbc.update("delete from registration_hour where hour_no = :hour", hourParams);
			this.jdbc.update(INSERT + "select jurisdiction_id, :hour, checkpoint_id, " + COUNTS
					+ " from registration where crossed_at >= :start and crossed_at < :end"
					+ " and recorded_at < :recorded group by jurisdiction_id, checkpoint_id", hourParams);
		}
		rollUpNodes(hours);
		this.jdbc.update(
				"update registration_rollup set rolled_until = :rolled, recorded_until = :recorded where id = 1",
				params);
		return new State(rolledUntil, recordedUntil);
	}

	/**
	 * Brings {@code registration_hour_node} in line with {@code registration_hour} for
	 * {@code hours} (every hour when null): each node's row of an hour adds up the rows
	 * of that node and every node below it.
	 */
	private void rollUpNodes(Set<Long> hours) {
		addAncestors();
		String insert = "insert into registration_hour_node (node_id, hour_no, crossings_in, crossings_out,"
				+ " vehicles_in, vehicles_out, fevers, turned_back) select a.ancestor_id, r.hour_no,"
				+ " sum(r.crossings_in), sum(r.crossings_out), sum(r.vehicles_in), sum(r.vehicles_out), sum(r.fevers),"
				+ " sum(r.turned_back) from registration_hour r"
				+ " join registration_node_ancestor a on a.node_id = r.jurisdiction_id";
		if (hours == null) {
			this.jdbc.update("delete from registration_hour_node", Map.of());
			this.jdbc.update(insert + " group by a.ancestor_id, r.hour_no", Map.of());
			return;
		}
		for (long hour : hours) {
			Map<String, Long> params = Map.of("hour", hour);
			this.jdbc.update("delete from registration_hour_node where hour_no = :hour", params);
			this.jdbc.update(insert + " where r.hour_no = :hour group by a.ancestor_id, r.hour_no", params);
		}
	}

	/**
	 * Records, for each node with crossings not seen before, the node itself and every
	 * node above it, from its materialised path ({@code /1/4/17/}); nodes never move.
	 */
	private void addAncestors() {
		List<Long> fresh = this.jdbc.queryForList("select distinct jurisdiction_id from registration_hour r"
				+ " where not exists (select 1 from registration_node_ancestor a where a.node_id = r.jurisdiction_id)",
				Map.of(), Long.class);
		for (long node : fresh) {
			for (String id : this.jurisdictions.pathOf(node).split("/")) {
				if (!id.isEmpty()) {
					this.jdbc.update(
							"insert into registration_node_ancestor (node_id, ancestor_id) values (:node, :id)",
							Map.of("node", node, "id", Long.parseLong(id)));
				}
			}
		}
	}

	/** An hour's parameters: its number, its start, and its end or the roll-up's end. */
	private static MapSqlParameterSource hourParams(long hour, Instant rolledUntil, Instant recordedUntil) {
		long end = Math.min((hour + 1) * 3600, rolledUntil.getEpochSecond());
		return new MapSqlParameterSource().addValue("hour", hour)
			.addValue("start", Timestamp.from(Instant.ofEpochSecond(hour * 3600)))
			.addValue("end", Timestamp.from(Instant.ofEpochSecond(end)))
			.addValue("recorded", Timestamp.from(recordedUntil));
	}

	/** The start of the slice (one minute) that holds {@code at}. */
	static Instant sliceOf(Instant at) {
		long seconds = SLICE.getSeconds();
		return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), seconds) * seconds);
	}

	/**
	 * The roll-up holds the crossings before {@code rolledUntil} recorded before
	 * {@code recordedUntil}. {@code rolledUntil} is the start of a slice: the row of its
	 * hour holds that hour only up to it.
	 */
	record State(Instant rolledUntil, Instant recordedUntil) {

	}

	private record Cell(long jurisdictionId, long hourNo) {

	}

}
