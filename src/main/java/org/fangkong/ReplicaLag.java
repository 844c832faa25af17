package org.fangkong;

import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * How far the replica lags the primary (issue #18), measured on this node every
 * {@code fangkong.datasource.replica.lag-check-every}: none while the replica has
 * replayed the primary's current WAL position; otherwise the time since the last
 * transaction it replayed, an upper bound. A replica that cannot be reached, or lags more
 * than the maximum, is not used until it catches up. A replica that was promoted is a
 * primary itself and lags nothing.
 */
class ReplicaLag {

	private static final Logger log = LoggerFactory.getLogger(ReplicaLag.class);

	private final JdbcTemplate primary;

	private final JdbcTemplate replica;

	private final Duration maxLag;

	private volatile Duration lag;

	ReplicaLag(DataSource primary, DataSource replica, Duration maxLag) {
		this.primary = new JdbcTemplate(primary);
		this.replica = new JdbcTemplate(replica);
		this.maxLag = maxLag;
	}

	/** The current lag when the replica may be read, else {@code null}. */
	Duration usable() {
		Duration current = this.lag;
		return (current != null && current.compareTo(this.maxLag) <= 0) ? current : null;
	}

	@Scheduled(fixedDelayString = "${fangkong.datasource.replica.lag-check-every:5s}")
	void measure() {
		Duration before = this.lag;
		try {
			this.lag = lagNow();
		}
		catch (RuntimeException ex) {
			this.lag = null;
			if (before != null) {
				log.warn("replica unreachable, reading from the primary: {}", ex.getMessage());
			}
		}
		if (before == null && this.lag != null) {
			log.info("replica reachable, lag {} (at most {} is used)", this.lag, this.maxLag);
		}
	}

	private Duration lagNow() {
		boolean standby = Boolean.TRUE.equals(this.replica.queryForObject("select pg_is_in_recovery()", Boolean.class));
		if (!standby) {
			return Duration.ZERO;
		}
		String primaryPosition = this.primary.queryForObject("select pg_current_wal_lsn()::text", String.class);
		Double behind = this.replica.queryForObject(
				"select case when pg_wal_lsn_diff(?::pg_lsn, pg_last_wal_replay_lsn()) <= 0 then 0"
						+ " else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 1e9) end",
				Double.class, primaryPosition);
		return Duration.ofMillis(Math.round(((behind != null) ? behind : 1e9) * 1000));
	}

}
