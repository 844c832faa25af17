package org.fangkong.party;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.party.PartyViews.BranchView;
import org.fangkong.party.PartyViews.CommendationKind;
import org.fangkong.party.PartyViews.CommendationView;
import org.fangkong.party.PartyViews.Duty;
import org.fangkong.party.PartyViews.Flag;
import org.fangkong.party.PartyViews.Member;
import org.fangkong.party.PartyViews.NewBranch;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Temporary party branches (临时党支部, R-CMD-2) with their members and secretary, the flags
 * they raise at checkpoints (R-CMD-4), and commendations (R-CMD-5), inside the actor's
 * jurisdiction.
 */
@Service
@Transactional(readOnly = true)
public class PartyBranches {

	private final JdbcClient jdbc;

	private final PartyAccess access;

	private final Jurisdictions jurisdictions;

	private final Checkpoints checkpoints;

	private final Clock clock;

	PartyBranches(JdbcClient jdbc, PartyAccess access, Jurisdictions jurisdictions, Checkpoints checkpoints,
			Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.jurisdictions = jurisdictions;
		this.checkpoints = checkpoints;
		this.clock = clock;
	}

	/** The branches inside the actor's jurisdiction, with members and flags. */
	public List<BranchView> list(Actor actor) {
		this.access.requireReader(actor);
		List<long[]> ids = this.jdbc.sql("select id from party_branch where scope_path like :path order by id")
			.param("path", this.jurisdictions.scopePath(actor) + "%")
			.query((rs, n) -> new long[] { rs.getLong(1) })
			.list();
		return ids.stream().map((id) -> view(id[0])).toList();
	}

	/**
	 * One branch inside the actor's jurisdiction, with members and flags; outside: 404.
	 */
	public BranchView get(Actor actor, long id) {
		this.access.requireReader(actor);
		requireInScope(actor, id);
		return view(id);
	}

	/**
	 * Adds a member (not a second secretary) to a branch inside the actor's jurisdiction.
	 */
	@Transactional
	public BranchView addMember(Actor actor, long branchId, Member member) {
		this.access.requireKeeper(actor);
		requireInScope(actor, branchId);
		if (member == null || member.name() == null || member.name().isBlank() || member.name().length() > 50
				|| member.duty() == null || (member.unit() != null && member.unit().length() > 100)) {
			throw InvalidInputException.of("name", "party.invalid.member");
		}
		if (member.duty() == Duty.SECRETARY) {
			throw InvalidInputException.of("duty", "party.invalid.secretary");
		}
		this.jdbc.sql("insert into party_member (branch_id, name, duty, unit) values (:branch, :name, :duty, :unit)")
			.param("branch", branchId)
			.param("name", member.name().strip())
			.param("duty", member.duty().name())
			.param("unit", (member.unit() != null && !member.unit().isBlank()) ? member.unit().strip() : null)
			.update();
		return view(branchId);
	}

	/** Sets up a branch; exactly one secretary among its members. */
	@Transactional
	public BranchView create(Actor actor, NewBranch branch) {
		return create(actor, branch, false);
	}

	@Transactional
	BranchView create(Actor actor, NewBranch branch, boolean demo) {
		this.access.requireKeeper(actor);
		List<Violation> violations = new ArrayList<>();
		if (branch.name() == null || branch.name().isBlank() || branch.name().length() > 100) {
			violations.add(new Violation("name", "party.invalid.name"));
		}
		if (branch.kind() == null) {
			violations.add(new Violation("kind", "party.invalid.kind"));
		}
		if (branch.attachedTo() == null || branch.attachedTo().isBlank() || branch.attachedTo().length() > 100) {
			violations.add(new Violation("attachedTo", "party.invalid.attachedTo"));
		}
		List<Member> members = (branch.members() != null) ? branch.members() : List.of();
		if (members.stream().filter((m) -> m != null && m.duty() == Duty.SECRETARY).count() != 1) {
			violations.add(new Violation("members", "party.invalid.secretary"));
		}
		for (Member member : members) {
			if (member == null || member.name() == null || member.name().isBlank() || member.name().length() > 50
					|| member.duty() == null || (member.unit() != null && member.unit().length() > 100)) {
				violations.add(new Violation("members", "party.invalid.member"));
				break;
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into party_branch (name, kind, attached_to, jurisdiction_id, scope_path, founded_on, demo)
				values (:name, :kind, :attached, :node, :path, :founded, :demo)""")
			.param("name", branch.name().strip())
			.param("kind", branch.kind().name())
			.param("attached", branch.attachedTo().strip())
			.param("node", actor.jurisdictionId())
			.param("path", this.jurisdictions.scopePath(actor))
			.param("founded",
					Date.valueOf((branch.foundedOn() != null) ? branch.foundedOn() : LocalDate.now(this.clock)))
			.param("demo", demo)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		for (Member member : members) {
			this.jdbc
				.sql("insert into party_member (branch_id, name, duty, unit) values (:branch, :name, :duty, :unit)")
				.param("branch", id)
				.param("name", member.name().strip())
				.param("duty", member.duty().name())
				.param("unit", member.unit())
				.update();
		}
		return view(id);
	}

	/** A branch raises its flag at a checkpoint inside the actor's jurisdiction. */
	@Transactional
	public BranchView raiseFlag(Actor actor, long branchId, long checkpointId) {
		this.access.requireKeeper(actor);
		requireInScope(actor, branchId);
		this.checkpoints.find(checkpointId)
			.filter((c) -> this.jurisdictions.covers(actor, c.jurisdictionId()))
			.orElseThrow(() -> InvalidInputException.of("checkpointId", "party.invalid.checkpoint"));
		this.jdbc.sql("insert into party_flag (branch_id, checkpoint_id, raised_on) values (:branch, :checkpoint, :on)")
			.param("branch", branchId)
			.param("checkpoint", checkpointId)
			.param("on", Date.valueOf(LocalDate.now(this.clock)))
			.update();
		return view(branchId);
	}

	/** Commends a member or an organisation. */
	@Transactional
	public CommendationView commend(Actor actor, CommendationKind kind, String name, String reason) {
		return commend(actor, kind, name, reason, false);
	}

	@Transactional
	CommendationView commend(Actor actor, CommendationKind kind, String name, String reason, boolean demo) {
		this.access.requireKeeper(actor);
		if (kind == null || name == null || name.isBlank() || name.length() > 100 || reason == null || reason.isBlank()
				|| reason.length() > 500) {
			throw InvalidInputException.of("name", "party.invalid.commendation");
		}
		KeyHolder key = new GeneratedKeyHolder();
		LocalDate today = LocalDate.now(this.clock);
		this.jdbc.sql("""
				insert into party_commendation (kind, name, reason, commended_on, scope_path, recorded_by, demo)
				values (:kind, :name, :reason, :on, :path, :by, :demo)""")
			.param("kind", kind.name())
			.param("name", name.strip())
			.param("reason", reason.strip())
			.param("on", Date.valueOf(today))
			.param("path", this.jurisdictions.scopePath(actor))
			.param("by", actor.username())
			.param("demo", demo)
			.update(key, "id");
		return new CommendationView(key.getKeyAs(Number.class).longValue(), kind, name.strip(), reason.strip(), today);
	}

	/** The commendations inside the actor's jurisdiction. */
	public List<CommendationView> commendations(Actor actor) {
		this.access.requireReader(actor);
		return this.jdbc.sql("select * from party_commendation where scope_path like :path order by kind, id")
			.param("path", this.jurisdictions.scopePath(actor) + "%")
			.query((rs, n) -> new CommendationView(rs.getLong("id"), CommendationKind.valueOf(rs.getString("kind")),
					rs.getString("name"), rs.getString("reason"), rs.getDate("commended_on").toLocalDate()))
			.list();
	}

	private void requireInScope(Actor actor, long branchId) {
		long found = this.jdbc.sql("select count(*) from party_branch where id = :id and scope_path like :path")
			.param("id", branchId)
			.param("path", this.jurisdictions.scopePath(actor) + "%")
			.query(Long.class)
			.single();
		if (found == 0) {
			throw new NotFoundException("branch", branchId);
		}
	}

	private BranchView view(long id) {
		List<Member> members = this.jdbc
			.sql("select name, duty, unit from party_member where branch_id = :id order by duty desc, id")
			.param("id", id)
			.query((rs, n) -> new Member(rs.getString(1), Duty.valueOf(rs.getString(2)), rs.getString(3)))
			.list();
		Map<Long, String> names = new HashMap<>();
		List<Flag> flags = this.jdbc
			.sql("select checkpoint_id, raised_on from party_flag where branch_id = :id order by id")
			.param("id", id)
			.query((rs, n) -> {
				long checkpoint = rs.getLong(1);
				String name = names.computeIfAbsent(checkpoint,
						(c) -> this.checkpoints.find(c).map((v) -> v.name()).orElse("#" + c));
				return new Flag(checkpoint, name, rs.getDate(2).toLocalDate());
			})
			.list();
		return this.jdbc.sql("select * from party_branch where id = :id")
			.param("id", id)
			.query((rs, n) -> new BranchView(rs.getLong("id"), rs.getString("name"),
					PartyViews.BranchKind.valueOf(rs.getString("kind")), rs.getString("attached_to"),
					rs.getDate("founded_on").toLocalDate(), members, flags))
			.single();
	}

}
