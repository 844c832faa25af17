package org.fangkong.roster;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fangkong.shared.NodeName;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress of the rosters being solved, in the table {@code roster_progress}, for the
 * nodes that do not run the solver themselves (issue #18): behind a load balancer, the
 * planner's page asks any node for the progress and may send "stop" to any node. The node
 * that solves writes its progress here and picks up a stop asked elsewhere. Each write is
 * a statement of its own (no transaction of the caller's: the solver's threads have
 * none).
 */
@Component
class SharedProgress {

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final String node;

	SharedProgress(NamedParameterJdbcTemplate jdbc, Clock clock, @Value("${fangkong.node-name:}") String node) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.node = NodeName.of(node);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void started(long rosterId, int problems) {
		this.jdbc.update("delete from roster_progress where roster_id = :id",
				new MapSqlParameterSource("id", rosterId));
		this.jdbc.update("""
				insert into roster_progress (roster_id, node, score, problems_done, problems, problems_planned,
				started_at) values (:id, :node, '', 0, :problems, 0, :now)""",
				new MapSqlParameterSource("id", rosterId).addValue("node", this.node)
					.addValue("problems", problems)
					.addValue("now", Timestamp.from(Instant.now(this.clock))));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void progressed(long rosterId, Rosters.Progress progress) {
		this.jdbc.update("""
				update roster_progress set score = :score, problems_done = :done, problems_planned = :planned
				where roster_id = :id""",
				new MapSqlParameterSource("id", rosterId).addValue("score", progress.score())
					.addValue("done", progress.problemsDone())
					.addValue("planned", progress.problemsPlanned()));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void ended(long rosterId) {
		this.jdbc.update("delete from roster_progress where roster_id = :id",
				new MapSqlParameterSource("id", rosterId));
	}

	/** The progress another node wrote, if the roster is being solved somewhere. */
	Optional<Rosters.Progress> progress(long rosterId) {
		return this.jdbc
			.query("""
					select score, started_at, problems_done, problems, problems_planned from roster_progress
					where roster_id = :id""", new MapSqlParameterSource("id", rosterId),
					(row, n) -> new Rosters.Progress(row.getString("score"),
							Duration.between(row.getTimestamp("started_at").toInstant(), Instant.now(this.clock)),
							row.getInt("problems_done"), row.getInt("problems"), row.getInt("problems_planned")))
			.stream()
			.findFirst();
	}

	/** Asks the node that solves the roster to stop; false when none does. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	boolean requestStop(long rosterId) {
		return this.jdbc.update("update roster_progress set stop_requested = true where roster_id = :id",
				new MapSqlParameterSource("id", rosterId)) == 1;
	}

	/** Of the given rosters, those whose stop was asked. */
	List<Long> stopsRequested(Collection<Long> rosterIds) {
		return this.jdbc.queryForList(
				"select roster_id from roster_progress where stop_requested and roster_id in (:ids)",
				new MapSqlParameterSource("ids", rosterIds), Long.class);
	}

}
