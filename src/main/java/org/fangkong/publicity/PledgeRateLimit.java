package org.fangkong.publicity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The pledge's rate limit (issue #16 item 4): at most {@code pledge-per-minute} (100)
 * pledges in a minute from one client, counted from the client's first in the minute; the
 * next are refused. Kept in the table {@code pledge_rate}, shared by every application
 * node and kept over restarts: each step is one statement on the client's row, so
 * concurrent pledges of one client, on one node or several, are counted each once and the
 * limit holds. The client is stored as a SHA-256 hash of its address, for a few minutes.
 * <p>
 * An attempt counts whether or not the pledge is then accepted: the caller runs outside a
 * transaction (a refused pledge must not roll its attempt back).
 */
@Component
class PledgeRateLimit {

	static final Duration WINDOW = Duration.ofMinutes(1);

	private final NamedParameterJdbcTemplate jdbc;

	private final int perMinute;

	private final Clock clock;

	PledgeRateLimit(NamedParameterJdbcTemplate jdbc,
			@Value("${fangkong.publicity.pledge-per-minute:100}") int perMinute, Clock clock) {
		this.jdbc = jdbc;
		this.perMinute = perMinute;
		this.clock = clock;
	}

	/**
	 * Counts one attempt of a client; false when it is over the limit of its minute.
	 */
	boolean admit(String client) {
		Instant now = Instant.now(this.clock);
		MapSqlParameterSource row = new MapSqlParameterSource("client", key(client))
			.addValue("now", Timestamp.from(now))
			.addValue("expired", Timestamp.from(now.minus(WINDOW)))
			.addValue("limit", this.perMinute);
		if (this.jdbc.update("""
				insert into pledge_rate (client_key, window_start, attempts) values (:client, :now, 1)
				on conflict do nothing
				""", row) == 1) {
			// a new client: the rows of minutes long over go
			this.jdbc.update("delete from pledge_rate where window_start < :old",
					new MapSqlParameterSource("old", Timestamp.from(now.minus(WINDOW.multipliedBy(5)))));
			return true;
		}
		if (this.jdbc.update("""
				update pledge_rate set window_start = :now, attempts = 1
				where client_key = :client and window_start <= :expired
				""", row) == 1) {
			return true;
		}
		return this.jdbc.update("""
				update pledge_rate set attempts = attempts + 1
				where client_key = :client and window_start > :expired and attempts < :limit
				""", row) == 1;
	}

	private static String key(String client) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(String.valueOf(client).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
