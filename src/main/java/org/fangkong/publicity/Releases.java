package org.fangkong.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.FieldRules;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;
import org.fangkong.shared.UnprocessableRequestException;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Releases (发布, R-PUB-1, R-PUB-2): publicity officers write drafts naming their channels
 * and submit them; only a commander approves or rejects (with reasons) a submitted
 * release. The rule holds here, in the service: every path to the public (the page, the
 * feed, the loudspeaker script) reads {@link #published} or {@link #publishedOne}, which
 * answer only approved releases, and no other method sets the status to approved.
 * <p>
 * Each step is one conditional update ({@code … where status = <expected>}), so two
 * commanders deciding at once cannot both win and a withdrawn step is not overwritten.
 */
@Service
@Transactional(readOnly = true)
public class Releases {

	private static final String COLUMNS = "id, title, body, channels, status, author, created_at, submitted_at,"
			+ " decided_by, decided_at, rejection_reason, demo, jurisdiction_id";

	private final NamedParameterJdbcTemplate jdbc;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	Releases(NamedParameterJdbcTemplate jdbc, Jurisdictions jurisdictions, Clock clock) {
		this.jdbc = jdbc;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	/** A new draft by a publicity officer, in the officer's jurisdiction. */
	@Transactional
	public long create(Actor actor, ReleaseRequest request) {
		return create(actor, request, false);
	}

	/** A new draft, marked as demo data when {@code demo}. */
	@Transactional
	public long create(Actor actor, ReleaseRequest request, boolean demo) {
		ReleaseRules.requireAuthor(actor);
		ReleaseRules.Valid valid = ReleaseRules.check(request);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update("""
				insert into publicity_release (title, body, channels, status, jurisdiction_id, scope_path, author,
				  created_at, demo)
				values (:title, :body, :channels, 'DRAFT', :node, :path, :author, :now, :demo)
				""",
				new MapSqlParameterSource("title", valid.title()).addValue("body", valid.body())
					.addValue("channels", valid.channelText())
					.addValue("node", actor.jurisdictionId())
					.addValue("path", this.jurisdictions.pathOf(actor.jurisdictionId()))
					.addValue("author", actor.username())
					.addValue("now", now())
					.addValue("demo", demo),
				keys, new String[] { "id" });
		return keys.getKey().longValue();
	}

	/** The author revises a draft or a rejected release; it becomes a draft again. */
	@Transactional
	public void revise(Actor actor, long id, ReleaseRequest request) {
		ReleaseRules.requireAuthor(actor);
		load(actor, id);
		ReleaseRules.Valid valid = ReleaseRules.check(request);
		int changed = this.jdbc.update("""
				update publicity_release set title = :title, body = :body, channels = :channels, status = 'DRAFT'
				where id = :id and status in ('DRAFT', 'REJECTED')
				""",
				new MapSqlParameterSource("id", id).addValue("title", valid.title())
					.addValue("body", valid.body())
					.addValue("channels", valid.channelText()));
		requireStep(changed, "release.notEditable");
	}

	/** The author submits a draft (or a revised rejected release) for approval. */
	@Transactional
	public void submit(Actor actor, long id) {
		ReleaseRules.requireAuthor(actor);
		load(actor, id);
		int changed = this.jdbc.update("""
				update publicity_release set status = 'SUBMITTED', submitted_at = :now, rejection_reason = null,
				  decided_by = null, decided_at = null
				where id = :id and status in ('DRAFT', 'REJECTED')
				""", new MapSqlParameterSource("id", id).addValue("now", now()));
		requireStep(changed, "release.notEditable");
	}

	/**
	 * R-PUB-2: a commander approves a submitted release; from now on it is public. No
	 * other role may, whatever page or API it comes through.
	 */
	@Transactional
	public void approve(Actor actor, long id) {
		ReleaseRules.requireCommander(actor);
		load(actor, id);
		int changed = this.jdbc.update("""
				update publicity_release set status = 'APPROVED', decided_by = :by, decided_at = :now
				where id = :id and status = 'SUBMITTED'
				""", new MapSqlParameterSource("id", id).addValue("by", actor.username()).addValue("now", now()));
		requireStep(changed, "release.notSubmitted");
	}

	/** A commander sends a submitted release back with reasons (required). */
	@Transactional
	public void reject(Actor actor, long id, String reason) {
		ReleaseRules.requireCommander(actor);
		load(actor, id);
		List<Violation> violations = new ArrayList<>();
		String reasons = FieldRules.text(reason, "reason", 2000, true, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		int changed = this.jdbc.update("""
				update publicity_release set status = 'REJECTED', decided_by = :by, decided_at = :now,
				  rejection_reason = :reason
				where id = :id and status = 'SUBMITTED'
				""",
				new MapSqlParameterSource("id", id).addValue("by", actor.username())
					.addValue("now", now())
					.addValue("reason", reasons));
		requireStep(changed, "release.notSubmitted");
	}

	/** One release inside the actor's jurisdiction; outside it, not found. */
	public ReleaseView get(Actor actor, long id) {
		ReleaseRules.requireReader(actor);
		return toView(load(actor, id));
	}

	/**
	 * The releases inside the actor's jurisdiction, newest first, optionally of one
	 * status; a commander's approval queue is {@code SUBMITTED}.
	 */
	public ListPage<ReleaseView> list(Actor actor, ReleaseStatus status, int page) {
		ReleaseRules.requireReader(actor);
		int from = Math.max(page, 0) * ListPage.SIZE;
		List<Row> rows = this.jdbc.query(
				"select " + COLUMNS + " from publicity_release"
						+ " where scope_path like :path and (:status = '' or status = :status)"
						+ " order by created_at desc, id desc limit :limit offset :offset",
				new MapSqlParameterSource("path", this.jurisdictions.scopePath(actor) + "%")
					.addValue("status", (status != null) ? status.name() : "")
					.addValue("limit", ListPage.SIZE + 1)
					.addValue("offset", from),
				Releases::row);
		return ListPage.of(rows.stream().map(Releases::toView).toList(), Math.max(page, 0));
	}

	/** How many releases wait for the commander's decision (the home card). */
	public long awaitingApproval(Actor actor) {
		if (!actor.has(Role.COMMANDER)) {
			return 0;
		}
		Long count = this.jdbc.queryForObject(
				"select count(*) from publicity_release where scope_path like :path and status = 'SUBMITTED'",
				new MapSqlParameterSource("path", this.jurisdictions.scopePath(actor) + "%"), Long.class);
		return (count != null) ? count : 0;
	}

	/**
	 * The approved releases, newest approval first: what the public page and the feed
	 * show. Nothing else ever reaches the public.
	 */
	public List<PublishedRelease> published(int limit) {
		return this.jdbc
			.query("select " + COLUMNS + " from publicity_release where status = 'APPROVED'"
					+ " order by decided_at desc, id desc limit :limit", new MapSqlParameterSource("limit", limit),
					Releases::row)
			.stream()
			.map(Releases::toPublished)
			.toList();
	}

	/**
	 * One approved release; any other (draft, submitted, rejected, unknown) is absent.
	 */
	public Optional<PublishedRelease> publishedOne(long id) {
		return this.jdbc
			.query("select " + COLUMNS + " from publicity_release where id = :id and status = 'APPROVED'",
					new MapSqlParameterSource("id", id), Releases::row)
			.stream()
			.findFirst()
			.map(Releases::toPublished);
	}

	private Row load(Actor actor, long id) {
		return this.jdbc
			.query("select " + COLUMNS + " from publicity_release where id = :id", new MapSqlParameterSource("id", id),
					Releases::row)
			.stream()
			.filter((row) -> this.jurisdictions.covers(actor, row.jurisdictionId()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("release", id));
	}

	private static void requireStep(int changed, String messageKey) {
		if (changed == 0) {
			throw new UnprocessableRequestException("the release is not in the state this step needs", messageKey);
		}
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock));
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		List<Channel> channels = Arrays.stream(rs.getString("channels").split(","))
			.filter((c) -> !c.isBlank())
			.map(Channel::valueOf)
			.sorted()
			.toList();
		return new Row(rs.getLong("id"), rs.getString("title"), rs.getString("body"), channels,
				ReleaseStatus.valueOf(rs.getString("status")), rs.getString("author"), instant(rs, "created_at"),
				instant(rs, "submitted_at"), rs.getString("decided_by"), instant(rs, "decided_at"),
				rs.getString("rejection_reason"), rs.getBoolean("demo"), rs.getLong("jurisdiction_id"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static ReleaseView toView(Row row) {
		return new ReleaseView(row.id(), row.title(), row.body(), row.channels(), row.status(), row.author(),
				row.createdAt(), row.submittedAt(), row.decidedBy(), row.decidedAt(), row.rejectionReason(),
				row.demo());
	}

	private static PublishedRelease toPublished(Row row) {
		return new PublishedRelease(row.id(), row.title(), row.body(), row.channels(), row.decidedAt());
	}

	private record Row(long id, String title, String body, List<Channel> channels, ReleaseStatus status, String author,
			Instant createdAt, Instant submittedAt, String decidedBy, Instant decidedAt, String rejectionReason,
			boolean demo, long jurisdictionId) {

	}

}
