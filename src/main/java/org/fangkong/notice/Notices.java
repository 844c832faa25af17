package org.fangkong.notice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.notice.NoticeViews.AddresseeView;
import org.fangkong.notice.NoticeViews.NoticeLine;
import org.fangkong.notice.NoticeViews.NoticeView;
import org.fangkong.organisation.Organisation;
import org.fangkong.organisation.Organisation.WorkUnitView;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HQ notices (R-CMD-3). Commanders and HQ staff issue a notice to jurisdiction nodes
 * inside their jurisdiction and to work units. A node's addressee is acknowledged by any
 * user whose node it is; a work unit has no accounts, so the HQ records its
 * acknowledgement on its behalf. A notice is visible to the HQ of its jurisdiction and to
 * the users it is addressed to; to anyone else it does not exist (404).
 */
@Service
@Transactional(readOnly = true)
public class Notices {

	static final Role[] ISSUERS = { Role.COMMANDER, Role.HQ_STAFF };

	private final JdbcClient jdbc;

	private final NoticeReads reads;

	private final Jurisdictions jurisdictions;

	private final Organisation organisation;

	private final Clock clock;

	Notices(JdbcClient jdbc, NoticeReads reads, Jurisdictions jurisdictions, Organisation organisation, Clock clock) {
		this.jdbc = jdbc;
		this.reads = reads;
		this.jurisdictions = jurisdictions;
		this.organisation = organisation;
		this.clock = clock;
	}

	/** Whether the actor issues notices (the form, the button). */
	public boolean issues(Actor actor) {
		return actor.hasAny(ISSUERS);
	}

	/** The work units a notice may go to. */
	public List<WorkUnitView> units() {
		return this.organisation.units();
	}

	/** The nodes a notice of this actor may go to: their jurisdiction and below. */
	public List<JurisdictionView> nodes(Actor actor) {
		return this.jurisdictions.visibleNodes(actor);
	}

	/** Issues a notice; answers its id. */
	@Transactional
	public long issue(Actor actor, NewNotice notice) {
		return issue(actor, notice, false);
	}

	@Transactional
	long issue(Actor actor, NewNotice notice, boolean demo) {
		if (!issues(actor)) {
			throw new ForbiddenException("notices are issued by the HQ");
		}
		Map<Long, String> nodes = new LinkedHashMap<>();
		Map<Long, String> units = new LinkedHashMap<>();
		List<Violation> violations = new ArrayList<>();
		String title = (notice.title() != null) ? notice.title().strip() : "";
		String text = (notice.text() != null) ? notice.text().strip() : "";
		if (title.isEmpty() || title.length() > 200) {
			violations.add(new Violation("title", "notice.invalid.title"));
		}
		if (text.isEmpty() || text.length() > 10000) {
			violations.add(new Violation("text", "notice.invalid.text"));
		}
		if (notice.urgency() == null) {
			violations.add(new Violation("urgency", "notice.invalid.urgency"));
		}
		for (Long id : (notice.jurisdictionIds() != null) ? notice.jurisdictionIds() : List.<Long>of()) {
			JurisdictionView node = (id != null && this.jurisdictions.covers(actor, id))
					? this.jurisdictions.find(id).orElse(null) : null;
			if (node == null) {
				violations.add(new Violation("jurisdictionIds", "notice.invalid.node"));
				break;
			}
			nodes.put(node.id(), node.name());
		}
		Map<Long, String> known = new LinkedHashMap<>();
		this.organisation.units().forEach((u) -> known.put(u.id(), u.name()));
		for (Long id : (notice.unitIds() != null) ? notice.unitIds() : List.<Long>of()) {
			if (id == null || !known.containsKey(id)) {
				violations.add(new Violation("unitIds", "notice.invalid.unit"));
				break;
			}
			units.put(id, known.get(id));
		}
		if (violations.isEmpty() && nodes.isEmpty() && units.isEmpty()) {
			violations.add(new Violation("jurisdictionIds", "notice.invalid.addressees"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into notice (title, body, urgency, issued_by, issued_at, jurisdiction_id, scope_path, demo)
				values (:title, :body, :urgency, :by, :at, :node, :path, :demo)""")
			.param("title", title)
			.param("body", text)
			.param("urgency", notice.urgency().name())
			.param("by", actor.username())
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.param("node", actor.jurisdictionId())
			.param("path", this.jurisdictions.scopePath(actor))
			.param("demo", demo)
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		nodes.forEach((target, name) -> addressee(id, AddresseeKind.NODE, target, name));
		units.forEach((target, name) -> addressee(id, AddresseeKind.UNIT, target, name));
		return id;
	}

	/** One notice with its addressees, for the HQ of its jurisdiction or an addressee. */
	public NoticeView get(Actor actor, long id) {
		NoticeView notice = this.reads.notice(id, actor.jurisdictionId(), mayRecord(actor, id))
			.orElseThrow(() -> new NotFoundException("notice", id));
		if (!notice.mayRecord() && notice.mine().isEmpty()) {
			throw new NotFoundException("notice", id);
		}
		return notice;
	}

	/**
	 * Acknowledges the notice for every addressee the actor answers for (their node); the
	 * HQ names the addressee of a work unit it records. Acknowledging twice changes
	 * nothing.
	 */
	@Transactional
	public NoticeView acknowledge(Actor actor, long id, Long addresseeId) {
		NoticeView notice = get(actor, id);
		List<Long> targets;
		if (addresseeId != null) {
			AddresseeView addressee = notice.addressees()
				.stream()
				.filter((a) -> a.id() == addresseeId)
				.findFirst()
				.orElseThrow(() -> InvalidInputException.of("addresseeId", "notice.invalid.addressee"));
			boolean onBehalf = addressee.kind() == AddresseeKind.UNIT && notice.mayRecord();
			if (!onBehalf && !notice.mine().contains(addresseeId)) {
				throw InvalidInputException.of("addresseeId", "notice.invalid.addressee");
			}
			targets = List.of(addresseeId);
		}
		else {
			if (notice.mine().isEmpty()) {
				throw InvalidInputException.of("addresseeId", "notice.invalid.addressee");
			}
			targets = notice.mine();
		}
		for (long target : targets) {
			this.jdbc.sql("""
					update notice_addressee set acknowledged_at = :at, acknowledged_by = :by
					where id = :id and notice_id = :notice and acknowledged_at is null""")
				.param("at", Timestamp.from(Instant.now(this.clock)))
				.param("by", actor.username())
				.param("id", target)
				.param("notice", id)
				.update();
		}
		return get(actor, id);
	}

	/**
	 * The notices the actor sees, newest first: those addressed to their node and, for
	 * the HQ, those issued inside their jurisdiction.
	 */
	public List<NoticeLine> list(Actor actor, int page, int size) {
		String path = issues(actor) ? this.jurisdictions.scopePath(actor) : null;
		return this.reads.lines(path, actor.jurisdictionId(), page, size);
	}

	/** How many notices wait for the actor's acknowledgement (home card). */
	public long waiting(Actor actor) {
		return this.reads.waiting(actor.jurisdictionId());
	}

	/**
	 * How many addressees of the actor's HQ's notices were reminded and are still silent.
	 */
	public long overdue(Actor actor) {
		return issues(actor) ? this.reads.overdue(this.jurisdictions.scopePath(actor)) : 0;
	}

	private boolean mayRecord(Actor actor, long id) {
		return issues(actor) && this.reads.inScope(id, this.jurisdictions.scopePath(actor));
	}

	private void addressee(long notice, AddresseeKind kind, long target, String name) {
		this.jdbc.sql("""
				insert into notice_addressee (notice_id, kind, target_id, target_name)
				values (:notice, :kind, :target, :name)""")
			.param("notice", notice)
			.param("kind", kind.name())
			.param("target", target)
			.param("name", name)
			.update();
	}

}
