package org.fangkong.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.FieldRules;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.NotFoundException;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public opinion (舆情, R-PUB-3): incidents seen online, watched around the clock by the
 * publicity officers; each handling action with who and when; a rumour's rebuttal linked
 * to the approved release that answered it (only an approved one: a rebuttal is public).
 * Publicity officers and commanders of the jurisdiction; outside it, not found.
 */
@Service
@Transactional(readOnly = true)
public class OpinionIncidents {

	private static final String COLUMNS = "i.id, i.source, i.link, i.summary, i.risk, i.status, i.rumour,"
			+ " i.rebuttal_release_id, r.title rebuttal_title, i.seen_at, i.reported_by, i.closed_at, i.demo,"
			+ " i.jurisdiction_id";

	private static final String FROM = " from opinion_incident i left join publicity_release r"
			+ " on r.id = i.rebuttal_release_id";

	private final NamedParameterJdbcTemplate jdbc;

	private final Jurisdictions jurisdictions;

	private final Releases releases;

	private final Clock clock;

	OpinionIncidents(NamedParameterJdbcTemplate jdbc, Jurisdictions jurisdictions, Releases releases, Clock clock) {
		this.jdbc = jdbc;
		this.jurisdictions = jurisdictions;
		this.releases = releases;
		this.clock = clock;
	}

	/** Records an incident seen online, now, in the actor's jurisdiction. */
	@Transactional
	public long report(Actor actor, IncidentRequest request) {
		return report(actor, request, false);
	}

	/** Records an incident, marked as demo data when {@code demo}. */
	@Transactional
	public long report(Actor actor, IncidentRequest request, boolean demo) {
		ReleaseRules.requireReader(actor);
		List<Violation> violations = new ArrayList<>();
		IncidentSource source = FieldRules.oneOf(IncidentSource.class, "source", request.source(), true, violations);
		RiskLevel risk = FieldRules.oneOf(RiskLevel.class, "risk", request.risk(), true, violations);
		String summary = ReleaseRules.longText(request.summary(), "summary", 2000, true, violations);
		String link = FieldRules.text(request.link(), "link", 500, false, violations);
		if (link != null && !link.matches("(?i)https?://\\S+")) {
			violations.add(new Violation("link", "opinion.linkInvalid"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update("""
				insert into opinion_incident (source, link, summary, risk, status, rumour, jurisdiction_id, scope_path,
				  seen_at, reported_by, demo)
				values (:source, :link, :summary, :risk, 'OPEN', :rumour, :node, :path, :now, :by, :demo)
				""",
				new MapSqlParameterSource("source", source.name()).addValue("link", link)
					.addValue("summary", summary)
					.addValue("risk", risk.name())
					.addValue("rumour", Boolean.TRUE.equals(request.rumour()))
					.addValue("node", actor.jurisdictionId())
					.addValue("path", this.jurisdictions.pathOf(actor.jurisdictionId()))
					.addValue("now", now())
					.addValue("by", actor.username())
					.addValue("demo", demo),
				keys, new String[] { "id" });
		return keys.getKey().longValue();
	}

	/**
	 * Records a handling action with who and when, and moves the incident to
	 * {@code status} ({@code HANDLING} or {@code CLOSED}; empty: handling).
	 */
	@Transactional
	public void act(Actor actor, long id, String action, String status) {
		IncidentView incident = get(actor, id);
		List<Violation> violations = new ArrayList<>();
		String text = ReleaseRules.longText(action, "action", 1000, true, violations);
		IncidentStatus next = FieldRules.oneOf(IncidentStatus.class, "status", status, false, violations);
		if (next == IncidentStatus.OPEN) {
			violations.add(new Violation("status", "validation.invalid"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		IncidentStatus target = (next != null) ? next : IncidentStatus.HANDLING;
		Timestamp now = now();
		this.jdbc.update(
				"insert into opinion_action (incident_id, action, taken_by, taken_at) values (:id, :action, :by, :now)",
				new MapSqlParameterSource("id", id).addValue("action", text)
					.addValue("by", actor.username())
					.addValue("now", now));
		if (incident.status() != IncidentStatus.CLOSED) {
			this.jdbc.update("update opinion_incident set status = :status, closed_at = :closed where id = :id",
					new MapSqlParameterSource("id", id).addValue("status", target.name())
						.addValue("closed", (target == IncidentStatus.CLOSED) ? now : null));
		}
	}

	/**
	 * Marks the incident a rumour rebutted by an approved release; a release that is not
	 * approved is refused (field {@code releaseId}).
	 */
	@Transactional
	public void rebut(Actor actor, long id, Long releaseId) {
		get(actor, id);
		if (releaseId == null || this.releases.publishedOne(releaseId).isEmpty()) {
			throw InvalidInputException.of("releaseId", "opinion.rebuttalNotApproved");
		}
		this.jdbc.update("update opinion_incident set rumour = true, rebuttal_release_id = :release where id = :id",
				new MapSqlParameterSource("id", id).addValue("release", releaseId));
		this.jdbc.update(
				"insert into opinion_action (incident_id, action, taken_by, taken_at) values (:id, :action, :by, :now)",
				new MapSqlParameterSource("id", id).addValue("action", "辟谣：发布稿 #" + releaseId)
					.addValue("by", actor.username())
					.addValue("now", now()));
	}

	/** The incidents of the actor's jurisdiction: open ones first, then newest first. */
	public ListPage<IncidentView> list(Actor actor, int page) {
		ReleaseRules.requireReader(actor);
		List<IncidentView> rows = this.jdbc.query(
				"select " + COLUMNS + FROM + " where i.scope_path like :path"
						+ " order by case when i.status = 'CLOSED' then 1 else 0 end, i.seen_at desc, i.id desc"
						+ " limit :limit offset :offset",
				new MapSqlParameterSource("path", this.jurisdictions.scopePath(actor) + "%")
					.addValue("limit", ListPage.SIZE + 1)
					.addValue("offset", Math.max(page, 0) * ListPage.SIZE),
				(rs, n) -> incident(rs, List.of()));
		return ListPage.of(rows, Math.max(page, 0));
	}

	/** One incident with its actions; outside the actor's jurisdiction, not found. */
	public IncidentView get(Actor actor, long id) {
		ReleaseRules.requireReader(actor);
		List<IncidentView.Action> actions = this.jdbc.query(
				"select action, taken_by, taken_at from opinion_action where incident_id = :id order by taken_at, id",
				new MapSqlParameterSource("id", id),
				(rs, n) -> new IncidentView.Action(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
		return this.jdbc
			.query("select " + COLUMNS + FROM + " where i.id = :id", new MapSqlParameterSource("id", id),
					(rs, n) -> this.jurisdictions.covers(actor, rs.getLong("jurisdiction_id")) ? incident(rs, actions)
							: null)
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("incident", id));
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock));
	}

	private static IncidentView incident(ResultSet rs, List<IncidentView.Action> actions) throws SQLException {
		long rebuttal = rs.getLong("rebuttal_release_id");
		Long rebuttalId = rs.wasNull() ? null : rebuttal;
		Timestamp closed = rs.getTimestamp("closed_at");
		return new IncidentView(rs.getLong("id"), IncidentSource.valueOf(rs.getString("source")), rs.getString("link"),
				rs.getString("summary"), RiskLevel.valueOf(rs.getString("risk")),
				IncidentStatus.valueOf(rs.getString("status")), rs.getBoolean("rumour"), rebuttalId,
				rs.getString("rebuttal_title"), rs.getTimestamp("seen_at").toInstant(), rs.getString("reported_by"),
				(closed != null) ? closed.toInstant() : null, rs.getBoolean("demo"), actions);
	}

}
