package org.fangkong.party;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.party.PartyViews.FundEntry;
import org.fangkong.party.PartyViews.FundRequest;
import org.fangkong.party.PartyViews.FundView;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.UnprocessableRequestException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Special funds (专项经费, R-CMD-2: the 100,000 yuan from party fees) with allocations and a
 * spending ledger. The balance never goes below zero, also under concurrent spending:
 * each spending is one conditional update ({@code where balance >= :amount}) and the
 * table has a CHECK; a spending beyond the balance is refused with 422 and nothing
 * changes.
 */
@Service
@Transactional(readOnly = true)
public class PartyFunds {

	static final BigDecimal MAX = new BigDecimal("100000000");

	private final JdbcClient jdbc;

	private final PartyAccess access;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	PartyFunds(JdbcClient jdbc, PartyAccess access, Jurisdictions jurisdictions, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	/** The funds inside the actor's jurisdiction, without their ledgers. */
	public List<FundView> list(Actor actor) {
		this.access.requireReader(actor);
		return this.jdbc.sql("select id, name, balance from party_fund where scope_path like :path order by id")
			.param("path", this.jurisdictions.scopePath(actor) + "%")
			.query((rs, n) -> new FundView(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), List.of()))
			.list();
	}

	/** One fund with its ledger, newest first. */
	public FundView get(Actor actor, long id) {
		this.access.requireReader(actor);
		FundView fund = this.jdbc
			.sql("select id, name, balance from party_fund where id = :id and scope_path like :path")
			.param("id", id)
			.param("path", this.jurisdictions.scopePath(actor) + "%")
			.query((rs, n) -> new FundView(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), List.of()))
			.optional()
			.orElseThrow(() -> new NotFoundException("fund", id));
		List<FundEntry> entries = this.jdbc
			.sql("select * from party_fund_entry where fund_id = :id order by recorded_at desc, id desc")
			.param("id", id)
			.query((rs, n) -> new FundEntry(rs.getLong("id"), rs.getString("kind"), rs.getBigDecimal("amount"),
					rs.getString("purpose"), rs.getBigDecimal("balance_after"), rs.getString("recorded_by"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
		return new FundView(fund.id(), fund.name(), fund.balance(), entries);
	}

	/** Opens a fund with its first allocation. */
	@Transactional
	public FundView open(Actor actor, String name, FundRequest first) {
		return open(actor, name, first, false);
	}

	@Transactional
	FundView open(Actor actor, String name, FundRequest first, boolean demo) {
		this.access.requireKeeper(actor);
		if (name == null || name.isBlank() || name.length() > 100) {
			throw InvalidInputException.of("name", "party.invalid.name");
		}
		validate(first);
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into party_fund (name, balance, jurisdiction_id, scope_path, demo)
				values (:name, 0, :node, :path, :demo)""")
			.param("name", name.strip())
			.param("node", actor.jurisdictionId())
			.param("path", this.jurisdictions.scopePath(actor))
			.param("demo", demo)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		return allocate(actor, id, first);
	}

	/** Adds money to a fund. */
	@Transactional
	public FundView allocate(Actor actor, long id, FundRequest request) {
		this.access.requireKeeper(actor);
		get(actor, id);
		validate(request);
		this.jdbc.sql("update party_fund set balance = balance + :amount where id = :id")
			.param("amount", request.amount())
			.param("id", id)
			.update();
		entry(actor, id, "ALLOCATION", request);
		return get(actor, id);
	}

	/**
	 * Spends from a fund: refused with 422 ({@code party.fundInsufficient}) when the
	 * balance is smaller, whatever else is spent at the same moment.
	 */
	@Transactional
	public FundView spend(Actor actor, long id, FundRequest request) {
		this.access.requireKeeper(actor);
		get(actor, id);
		validate(request);
		int updated = this.jdbc
			.sql("update party_fund set balance = balance - :amount where id = :id and balance >= :amount")
			.param("amount", request.amount())
			.param("id", id)
			.update();
		if (updated == 0) {
			throw new UnprocessableRequestException("fund " + id + " holds less than " + request.amount(),
					"party.fundInsufficient");
		}
		entry(actor, id, "SPENDING", request);
		return get(actor, id);
	}

	private void entry(Actor actor, long id, String kind, FundRequest request) {
		BigDecimal balance = this.jdbc.sql("select balance from party_fund where id = :id")
			.param("id", id)
			.query(BigDecimal.class)
			.single();
		this.jdbc.sql("""
				insert into party_fund_entry (fund_id, kind, amount, purpose, balance_after, recorded_by, recorded_at)
				values (:fund, :kind, :amount, :purpose, :balance, :by, :at)""")
			.param("fund", id)
			.param("kind", kind)
			.param("amount", request.amount())
			.param("purpose", request.purpose().strip())
			.param("balance", balance)
			.param("by", actor.username())
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	private static void validate(FundRequest request) {
		List<Violation> violations = new ArrayList<>();
		if (request == null || request.amount() == null || request.amount().signum() <= 0
				|| request.amount().compareTo(MAX) > 0 || request.amount().scale() > 2) {
			violations.add(new Violation("amount", "party.invalid.amount"));
		}
		if (request == null || request.purpose() == null || request.purpose().isBlank()
				|| request.purpose().length() > 200) {
			violations.add(new Violation("purpose", "party.invalid.purpose"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

}
