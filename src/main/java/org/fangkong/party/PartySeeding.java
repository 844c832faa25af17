package org.fangkong.party;

import org.fangkong.party.PartyViews.BranchView;
import org.fangkong.party.PartyViews.CommendationKind;
import org.fangkong.party.PartyViews.CommendationView;
import org.fangkong.party.PartyViews.FundRequest;
import org.fangkong.party.PartyViews.FundView;
import org.fangkong.party.PartyViews.NewBranch;
import org.fangkong.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo party records (the Tieli demo data set): the same checks as {@link PartyBranches}
 * and {@link PartyFunds}, marked as demo data. Only the modules allowed the
 * {@code seeding} interface may call it.
 */
@Service
@NamedInterface("seeding")
@Transactional
public class PartySeeding {

	private final PartyBranches branches;

	private final PartyFunds funds;

	private final JdbcClient jdbc;

	PartySeeding(PartyBranches branches, PartyFunds funds, JdbcClient jdbc) {
		this.branches = branches;
		this.funds = funds;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public boolean seeded() {
		return this.jdbc.sql("select count(*) from party_branch where demo").query(Long.class).single() > 0;
	}

	public BranchView branch(Actor actor, NewBranch branch) {
		return this.branches.create(actor, branch, true);
	}

	public CommendationView commend(Actor actor, CommendationKind kind, String name, String reason) {
		return this.branches.commend(actor, kind, name, reason, true);
	}

	public FundView fund(Actor actor, String name, FundRequest first) {
		return this.funds.open(actor, name, first, true);
	}

}
