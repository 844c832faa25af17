package org.fangkong.screening;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.fangkong.shared.platform.WorkBacklog;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The arrivals registered at checkpoints that the ledger has not taken in yet (issue #19,
 * R-SCR-1): the publications of {@code TravellerArrived} to {@link ArrivalEventHandler}
 * still incomplete in Spring Modulith's event publication registry. Under a rush the
 * intake runs behind the checkpoints; the dashboard says by how much rather than showing
 * a ledger that silently misses the last minutes.
 */
@Component
class ArrivalBacklog implements WorkBacklog {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ArrivalBacklog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Waiting waiting() {
		return this.jdbc.queryForObject("select count(*), min(publication_date) from event_publication"
				+ " where listener_id = ? and completion_date is null", (rs, row) -> {
					long items = rs.getLong(1);
					Timestamp oldest = rs.getTimestamp(2);
					long seconds = (oldest != null)
							? Math.max(0, Duration.between(oldest.toInstant(), Instant.now(this.clock)).toSeconds())
							: 0;
					return new Waiting("arrivals", items, seconds);
				}, ArrivalEventHandler.ARRIVAL);
	}

}
