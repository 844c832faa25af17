package org.fangkong.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A limit of attempts per client and window, for the public forms (the pledge, a
 * traveller's own registration): at most {@code limit} attempts in a window counted from
 * the client's first, the next are refused. Kept in the table {@code client_rate}, so
 * that every application node counts the same client against the same limit (issue #18)
 * and a restart forgets nothing: each step is one statement on the client's row, so
 * concurrent attempts, on one node or several, are counted each once. The client is
 * stored as a SHA-256 hash of its address, for a few windows. An attempt counts when the
 * caller's transaction commits (at once outside one).
 */
public final class ClientRateLimit {

	private final NamedParameterJdbcTemplate jdbc;

	private final String scope;

	private final int limit;

	private final Duration window;

	private final Clock clock;

	public ClientRateLimit(NamedParameterJdbcTemplate jdbc, String scope, int limit, Duration window, Clock clock) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	/** Counts one attempt of a client; false when it is over the limit of its window. */
	public boolean admit(String client) {
		Instant now = Instant.now(this.clock);
		MapSqlParameterSource row = new MapSqlParameterSource("scope", this.scope).addValue("client", key(client))
			.addValue("now", Timestamp.from(now))
			.addValue("expired", Timestamp.from(now.minus(this.window)))
			.addValue("limit", this.limit);
		if (this.jdbc.update("""
				insert into client_rate (scope, client_key, window_start, attempts) values (:scope, :client, :now, 1)
				on conflict do nothing
				""", row) == 1) {
			// a new client: the rows of windows long over go
			this.jdbc.update("delete from client_rate where scope = :scope and window_start < :old",
					new MapSqlParameterSource("scope", this.scope).addValue("old",
							Timestamp.from(now.minus(this.window.multipliedBy(5)))));
			return true;
		}
		if (this.jdbc.update("""
				update client_rate set window_start = :now, attempts = 1
				where scope = :scope and client_key = :client and window_start <= :expired
				""", row) == 1) {
			return true;
		}
		return this.jdbc.update("""
				update client_rate set attempts = attempts + 1
				where scope = :scope and client_key = :client and window_start > :expired and attempts < :limit
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
