package org.fangkong.publicity;

import java.time.Clock;
import java.time.Duration;

import org.fangkong.shared.ClientRateLimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The pledge's rate limit (issue #16 item 4): at most {@code pledge-per-minute} (100)
 * pledges in a minute from one client, counted from the client's first in the minute; the
 * next are refused. Counted in the database by {@link ClientRateLimit} (scope
 * {@code pledge}), shared by every application node and kept over restarts.
 * <p>
 * An attempt counts whether or not the pledge is then accepted: the caller runs outside a
 * transaction (a refused pledge must not roll its attempt back).
 */
@Component
class PledgeRateLimit {

	static final Duration WINDOW = Duration.ofMinutes(1);

	private final ClientRateLimit limit;

	PledgeRateLimit(NamedParameterJdbcTemplate jdbc,
			@Value("${fangkong.publicity.pledge-per-minute:100}") int perMinute, Clock clock) {
		this.limit = new ClientRateLimit(jdbc, "pledge", perMinute, WINDOW, clock);
	}

	/**
	 * Counts one attempt of a client; false when it is over the limit of its minute.
	 */
	boolean admit(String client) {
		return this.limit.admit(client);
	}

}
