package org.fangkong.checkpoint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * The checkpoint module's roll-up rebuilt from the raw rows in one transaction, exactly
 * as its job ({@code checkpoint.RegistrationRollup}) builds it on its first run: every
 * crossing before the last whole minute two minutes ago (the job's settle time) recorded
 * before then, per node, hour and checkpoint in {@code registration_hour}; per node and
 * every node above it in {@code registration_hour_node}; the state row in
 * {@code registration_rollup}, so that the platform's job carries on from there. The SQL
 * is the job's own: this class lives in the module's package (test scope) to use its
 * counts.
 */
public final class RollupRebuild {

	private static final String COUNTS = RegistrationRollup.COUNTS;

	private static final String HOUR_OF_CROSSING = RegistrationRollup.HOUR_OF_CROSSING;

	private RollupRebuild() {
	}

	public static void run(Connection connection, Instant now) throws SQLException {
		Instant recorded = now.minus(Duration.ofMinutes(2));
		Instant rolled = Instant.ofEpochSecond(Math.floorDiv(recorded.getEpochSecond(), 60) * 60);
		connection.setAutoCommit(false);
		try (Statement st = connection.createStatement()) {
			st.execute("select 1 from registration_rollup where id = 1 for update");
			st.execute("delete from registration_hour");
			try (PreparedStatement insert = connection.prepareStatement("insert into registration_hour"
					+ " (jurisdiction_id, hour_no, checkpoint_id, crossings_in, crossings_out, vehicles_in,"
					+ " vehicles_out, fevers, turned_back) select jurisdiction_id, " + HOUR_OF_CROSSING
					+ ", checkpoint_id, " + COUNTS + " from registration where crossed_at < ? and recorded_at < ?"
					+ " group by jurisdiction_id, " + HOUR_OF_CROSSING + ", checkpoint_id")) {
				insert.setTimestamp(1, Timestamp.from(rolled));
				insert.setTimestamp(2, Timestamp.from(recorded));
				insert.executeUpdate();
			}
			// every node with crossings and every node above it, from its materialised
			// path (/1/4/17/)
			st.execute("insert into registration_node_ancestor (node_id, ancestor_id)"
					+ " select distinct n.id, cast(a.part as bigint) from jurisdiction_node n"
					+ " cross join lateral unnest(string_to_array(trim(both '/' from n.path), '/')) as a(part)"
					+ " where n.id in (select distinct jurisdiction_id from registration_hour) and a.part <> ''"
					+ " and not exists (select 1 from registration_node_ancestor x where x.node_id = n.id)");
			st.execute("delete from registration_hour_node");
			st.execute("insert into registration_hour_node (node_id, hour_no, crossings_in, crossings_out,"
					+ " vehicles_in, vehicles_out, fevers, turned_back) select a.ancestor_id, r.hour_no,"
					+ " sum(r.crossings_in), sum(r.crossings_out), sum(r.vehicles_in), sum(r.vehicles_out),"
					+ " sum(r.fevers), sum(r.turned_back) from registration_hour r"
					+ " join registration_node_ancestor a on a.node_id = r.jurisdiction_id group by a.ancestor_id, r.hour_no");
			st.execute("delete from registration_rollup");
			try (PreparedStatement state = connection.prepareStatement(
					"insert into registration_rollup (id, rolled_until, recorded_until) values (1, ?, ?)")) {
				state.setTimestamp(1, Timestamp.from(rolled));
				state.setTimestamp(2, Timestamp.from(recorded));
				state.executeUpdate();
			}
			connection.commit();
		}
		catch (SQLException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(true);
		}
		try (Statement st = connection.createStatement()) {
			st.execute("analyze registration_hour");
			st.execute("analyze registration_hour_node");
		}
	}

}
