package org.fangkong.publicity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.shared.FieldRules;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizens' pledge (践诺承诺, R-PUB-4): anyone takes it on the public page, naming their
 * township (their name is optional). Each pledge is one row, so the counter is a count —
 * right under concurrent pledges and after a restart; the form's one-time token is
 * unique, so a form sent twice counts once. Floods are held off by {@link PledgeGuard}
 * and {@link PledgeRateLimit}.
 */
@Service
@Transactional(readOnly = true)
public class Pledges {

	private final NamedParameterJdbcTemplate jdbc;

	private final Jurisdictions jurisdictions;

	private final PledgeGuard guard;

	private final PledgeRateLimit rateLimit;

	private final Clock clock;

	Pledges(NamedParameterJdbcTemplate jdbc, Jurisdictions jurisdictions, PledgeGuard guard, PledgeRateLimit rateLimit,
			Clock clock) {
		this.rateLimit = rateLimit;
		this.jdbc = jdbc;
		this.jurisdictions = jurisdictions;
		this.guard = guard;
		this.clock = clock;
	}

	/**
	 * Takes a pledge from a client (its address). Outside a transaction: the attempt is
	 * counted by {@link PledgeRateLimit} even when the pledge is refused, and the pledge
	 * is one insert.
	 * @return whether this call counted it (false: the same form was counted before)
	 * @throws RateLimitedException when the client pledged too often in the last minute
	 * @throws InvalidInputException when the township is unknown, the name too long, or
	 * the challenge not solved (field {@code token})
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public boolean take(PledgeRequest request, String client) {
		if (!this.rateLimit.admit(client)) {
			throw new RateLimitedException();
		}
		List<Violation> violations = new ArrayList<>();
		String name = FieldRules.text(request.name(), "name", 50, false, violations);
		if (request.townshipId() == null) {
			violations.add(new Violation("townshipId", "validation.required"));
		}
		else if (townships().stream().noneMatch((t) -> t.id() == request.townshipId())) {
			violations.add(new Violation("townshipId", "validation.unknown"));
		}
		if (!this.guard.solved(request.token(), request.nonce())) {
			violations.add(new Violation("token", "pledge.challengeFailed"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return this.jdbc.update("""
				insert into pledge (township_id, name, token, taken_at) values (:township, :name, :token, :now)
				on conflict do nothing
				""",
				new MapSqlParameterSource("township", request.townshipId()).addValue("name", name)
					.addValue("token", request.token())
					.addValue("now", Timestamp.from(Instant.now(this.clock)))) == 1;
	}

	/** The pledges in total and per township (every township, zero included). */
	public PledgeCount count() {
		Map<Long, Long> counted = new HashMap<>();
		this.jdbc.query("select township_id, count(*) from pledge group by township_id", (rs) -> {
			counted.put(rs.getLong(1), rs.getLong(2));
		});
		List<PledgeCount.Township> byTownship = townships().stream()
			.map((t) -> new PledgeCount.Township(t.id(), t.name(), counted.getOrDefault(t.id(), 0L)))
			.toList();
		return new PledgeCount(counted.values().stream().mapToLong(Long::longValue).sum(), byTownship);
	}

	/** The townships a citizen chooses from. */
	public List<JurisdictionView> townships() {
		return this.jurisdictions.townshipsAndGrids().stream().filter((n) -> n.kind() == NodeKind.TOWNSHIP).toList();
	}

	/** A new challenge for the form. */
	public String challenge() {
		return this.guard.challenge();
	}

	public int difficulty() {
		return this.guard.difficulty();
	}

	/**
	 * What the form sends: the township, an optional name, the challenge and its
	 * solution.
	 */
	public record PledgeRequest(Long townshipId, String name, String token, String nonce) {

	}

	/** Too many pledges from one client in a minute (answered with 429). */
	public static class RateLimitedException extends RuntimeException {

		public RateLimitedException() {
			super("too many pledges from this client");
		}

	}

}
