package org.fangkong.disinfection;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.FieldRules;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.UnprocessableRequestException;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disinfection tasks (R-ENV-1): the day's list of a jurisdiction, completion by the
 * team on the phone (time, team, agent, area, optional photo), and the overdue ones — a
 * task not done before its due date plus the place's frequency.
 */
@Service
@Transactional(readOnly = true)
public class DisinfectionTasks {

	private static final String COLUMNS = "t.id, t.place_id, p.name, p.kind, t.jurisdiction_id, t.due_date, t.due_by,"
			+ " t.status, t.completed_at, t.completed_by, t.team, t.agent, t.area_m2, t.photo, p.latitude, p.longitude";

	private static final String FROM = " from disinfection_task t join disinfection_place p on p.id = t.place_id";

	private final NamedParameterJdbcTemplate jdbc;

	private final Jurisdictions jurisdictions;

	private final PhotoStore photos;

	private final Clock clock;

	DisinfectionTasks(NamedParameterJdbcTemplate jdbc, Jurisdictions jurisdictions, PhotoStore photos, Clock clock) {
		this.jdbc = jdbc;
		this.jurisdictions = jurisdictions;
		this.photos = photos;
		this.clock = clock;
	}

	/** The tasks due on {@code day} in the actor's jurisdiction, open ones first. */
	public List<TaskView> dueOn(Actor actor, LocalDate day) {
		DisinfectionRoles.requireReader(actor);
		return named(this.jdbc.query("select " + COLUMNS + FROM
				+ " where t.scope_path like :path and t.due_date = :day order by t.status desc, p.name, t.id limit 2000",
				new MapSqlParameterSource("path", this.jurisdictions.scopePath(actor) + "%").addValue("day",
						Date.valueOf(day)),
				this::task));
	}

	/**
	 * The overdue tasks of the actor's jurisdiction (the overdue places): not done, and
	 * their time ({@code dueBy}) has passed. Oldest first.
	 */
	public List<TaskView> overdue(Actor actor) {
		DisinfectionRoles.requireReader(actor);
		return named(this.jdbc.query(
				"select " + COLUMNS + FROM
						+ " where t.scope_path like :path and t.status = 'OPEN' and t.due_by <= :today"
						+ " order by t.due_date, p.name, t.id limit 500",
				new MapSqlParameterSource("path", this.jurisdictions.scopePath(actor) + "%").addValue("today",
						Date.valueOf(today())),
				this::task));
	}

	/**
	 * The places of the day's tasks and the overdue places on a map: at the place's own
	 * coordinates, else near its node's (spread a little, so that the places of one grid
	 * do not hide each other); places without either are left out.
	 */
	public List<MapPoint> map(Actor actor, LocalDate day) {
		DisinfectionRoles.requireReader(actor);
		MapSqlParameterSource params = new MapSqlParameterSource("path", this.jurisdictions.scopePath(actor) + "%")
			.addValue("day", Date.valueOf(day))
			.addValue("today", Date.valueOf(today()));
		List<Row> rows = this.jdbc.query("select " + COLUMNS + FROM + " where t.scope_path like :path"
				+ " and (t.due_date = :day or (t.status = 'OPEN' and t.due_by <= :today)) order by t.id limit 2000",
				params, this::task);
		Map<Long, JurisdictionView> nodes = this.jurisdictions
			.findAll(rows.stream().map(Row::jurisdictionId).distinct().toList());
		List<MapPoint> points = new ArrayList<>();
		LocalDate today = today();
		for (Row row : rows) {
			Double lat = row.latitude();
			Double lng = row.longitude();
			JurisdictionView node = nodes.get(row.jurisdictionId());
			if ((lat == null || lng == null) && node != null && node.latitude() != null && node.longitude() != null) {
				double angle = (row.placeId() * 2.399963) % (2 * Math.PI);
				double radius = 0.002 + 0.0008 * (row.placeId() % 5);
				lat = node.latitude() + radius * Math.sin(angle);
				lng = node.longitude() + radius * Math.cos(angle);
			}
			if (lat == null || lng == null) {
				continue;
			}
			String state = (row.status() == TaskStatus.DONE) ? "done"
					: (!row.dueBy().isAfter(today) ? "overdue" : "open");
			points.add(new MapPoint(row.placeName(), lat, lng, state));
		}
		return points;
	}

	/** One task of the actor's jurisdiction; outside it, not found. */
	public TaskView get(Actor actor, long id) {
		DisinfectionRoles.requireReader(actor);
		return named(List.of(load(actor, id))).get(0);
	}

	/** Today's tasks of the actor's jurisdiction to do and done (the home card). */
	public Progress progress(Actor actor) {
		if (!DisinfectionRoles.reads(actor)) {
			return new Progress(0, 0, 0);
		}
		MapSqlParameterSource params = new MapSqlParameterSource("path", this.jurisdictions.scopePath(actor) + "%")
			.addValue("today", Date.valueOf(today()));
		Map<String, Object> row = this.jdbc.queryForMap("""
				select
				  coalesce(sum(case when due_date = :today then 1 else 0 end), 0) due,
				  coalesce(sum(case when due_date = :today and status = 'DONE' then 1 else 0 end), 0) done,
				  coalesce(sum(case when status = 'OPEN' and due_by <= :today then 1 else 0 end), 0) overdue
				from disinfection_task where scope_path like :path and (due_date = :today or status = 'OPEN')
				""", params);
		return new Progress(((Number) row.get("due")).longValue(), ((Number) row.get("done")).longValue(),
				((Number) row.get("overdue")).longValue());
	}

	/**
	 * The team records the task done (grid workers, township officers). The time is
	 * today's ({@code null}: now) and not in the future; a photo, when given, is checked
	 * and re-encoded ({@link PhotoStore}). A task done already is refused (422).
	 */
	@Transactional
	public void complete(Actor actor, long id, Completion completion, byte[] photo) {
		DisinfectionRoles.requireTeam(actor);
		load(actor, id);
		List<Violation> violations = new ArrayList<>();
		String team = FieldRules.text(completion.team(), "team", 100, true, violations);
		String agent = FieldRules.text(completion.agent(), "agent", 100, true, violations);
		if (completion.areaM2() == null) {
			violations.add(new Violation("areaM2", "validation.required"));
		}
		else if (completion.areaM2() < 1 || completion.areaM2() > 1_000_000) {
			violations.add(new Violation("areaM2", "validation.range", 1, 1_000_000));
		}
		Instant now = Instant.now(this.clock);
		Instant at = (completion.time() != null)
				? today().atTime(completion.time()).atZone(this.clock.getZone()).toInstant() : now;
		if (at.isAfter(now.plus(Duration.ofMinutes(5)))) {
			violations.add(new Violation("time", "disinfection.timeInFuture"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		String stored = (photo != null && photo.length > 0) ? this.photos.store(photo) : null;
		int changed = this.jdbc.update("""
				update disinfection_task set status = 'DONE', completed_at = :at, completed_by = :by, team = :team,
				  agent = :agent, area_m2 = :area, photo = :photo
				where id = :id and status = 'OPEN'
				""",
				new MapSqlParameterSource("id", id).addValue("at", Timestamp.from(at))
					.addValue("by", actor.username())
					.addValue("team", team)
					.addValue("agent", agent)
					.addValue("area", completion.areaM2())
					.addValue("photo", stored));
		if (changed == 0) {
			if (stored != null) {
				this.photos.delete(stored);
			}
			throw new UnprocessableRequestException("task " + id + " is done already", "disinfection.alreadyDone");
		}
	}

	/** The photo of a task of the actor's jurisdiction (JPEG), when it has one. */
	public byte[] photo(Actor actor, long id) {
		DisinfectionRoles.requireReader(actor);
		Row row = load(actor, id);
		if (row.photo() == null) {
			throw new NotFoundException("photo", id);
		}
		return this.photos.read(row.photo());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Row load(Actor actor, long id) {
		return this.jdbc
			.query("select " + COLUMNS + FROM + " where t.id = :id", new MapSqlParameterSource("id", id), this::task)
			.stream()
			.filter((t) -> this.jurisdictions.covers(actor, t.jurisdictionId()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("task", id));
	}

	private List<TaskView> named(List<Row> rows) {
		Map<Long, JurisdictionView> nodes = this.jurisdictions
			.findAll(rows.stream().map(Row::jurisdictionId).distinct().toList());
		LocalDate today = today();
		return rows.stream()
			.map((r) -> new TaskView(r.id(), r.placeId(), r.placeName(), r.kind(),
					nodes.containsKey(r.jurisdictionId()) ? nodes.get(r.jurisdictionId()).name() : null, r.dueDate(),
					r.dueBy(), r.status(), r.status() == TaskStatus.OPEN && !r.dueBy().isAfter(today), r.completedAt(),
					r.completedBy(), r.team(), r.agent(), r.areaM2(), r.photo() != null))
			.toList();
	}

	private Row task(ResultSet rs, int n) throws SQLException {
		Timestamp completed = rs.getTimestamp("completed_at");
		int area = rs.getInt("area_m2");
		Integer areaM2 = rs.wasNull() ? null : area;
		return new Row(rs.getLong("id"), rs.getLong("place_id"), rs.getString("name"),
				PlaceKind.valueOf(rs.getString("kind")), rs.getLong("jurisdiction_id"),
				rs.getDate("due_date").toLocalDate(), rs.getDate("due_by").toLocalDate(),
				TaskStatus.valueOf(rs.getString("status")), (completed != null) ? completed.toInstant() : null,
				rs.getString("completed_by"), rs.getString("team"), rs.getString("agent"), areaM2,
				rs.getString("photo"), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"));
	}

	/**
	 * A place on the map: {@code state} is {@code open}, {@code done} or {@code overdue}.
	 */
	public record MapPoint(String name, double latitude, double longitude, String state) {

	}

	/** Today's tasks due and done, and the overdue ones, of a jurisdiction. */
	public record Progress(long due, long done, long overdue) {

	}

	private record Row(long id, long placeId, String placeName, PlaceKind kind, long jurisdictionId, LocalDate dueDate,
			LocalDate dueBy, TaskStatus status, Instant completedAt, String completedBy, String team, String agent,
			Integer areaM2, String photo, Double latitude, Double longitude) {

	}

}
