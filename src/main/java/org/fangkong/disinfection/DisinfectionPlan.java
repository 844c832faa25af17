package org.fangkong.disinfection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fangkong.jurisdiction.JurisdictionView;
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
 * The disinfection plan (消杀计划, R-ENV-1): the places of each jurisdiction by kind, each
 * disinfected every so many days (its own frequency, else its kind's), and the closures
 * of markets with their dates (R-ENV-2). A place outside the actor's jurisdiction is not
 * found; a place put into a foreign node is refused.
 */
@Service
@Transactional(readOnly = true)
public class DisinfectionPlan {

	static final String PLACE_COLUMNS = "p.id, p.name, p.kind, p.address, p.latitude, p.longitude, p.frequency_days,"
			+ " k.frequency_days kind_frequency, p.jurisdiction_id, p.closed_from, p.closed_until, p.closure_reason,"
			+ " p.demo";

	private final NamedParameterJdbcTemplate jdbc;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	DisinfectionPlan(NamedParameterJdbcTemplate jdbc, Jurisdictions jurisdictions, Clock clock) {
		this.jdbc = jdbc;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	/** Adds a place to the plan (planners); the node defaults to the planner's own. */
	@Transactional
	public long add(Actor actor, PlaceRequest request) {
		return add(actor, request, false);
	}

	/** Adds a place, marked as demo data when {@code demo}. */
	@Transactional
	public long add(Actor actor, PlaceRequest request, boolean demo) {
		DisinfectionRoles.requirePlanner(actor);
		Checked valid = check(actor, request);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update("""
				insert into disinfection_place (name, kind, address, latitude, longitude, frequency_days,
				  jurisdiction_id, scope_path, closed_from, closed_until, closure_reason, created_at, demo)
				values (:name, :kind, :address, :lat, :lng, :frequency, :node, :path, :from, :until, :reason, :now,
				  :demo)
				""",
				valid.parameters(request, this.jurisdictions.pathOf(valid.node()))
					.addValue("now", Timestamp.from(Instant.now(this.clock)))
					.addValue("demo", demo),
				keys, new String[] { "id" });
		return keys.getKey().longValue();
	}

	/**
	 * Revises a place of the actor's jurisdiction: every field as when adding it (an
	 * empty frequency: the kind's; no node: it stays where it is). Its open tasks move
	 * with it to a new node; done ones stay as they were recorded.
	 */
	@Transactional
	public void update(Actor actor, long placeId, PlaceRequest request) {
		DisinfectionRoles.requirePlanner(actor);
		PlaceView place = get(actor, placeId);
		Checked valid = check(actor,
				new PlaceRequest(request.name(), request.kind(),
						(request.jurisdictionId() != null) ? request.jurisdictionId() : place.jurisdictionId(),
						request.address(), request.latitude(), request.longitude(), request.frequencyDays(),
						request.closedFrom(), request.closedUntil(), request.closureReason()));
		String path = this.jurisdictions.pathOf(valid.node());
		this.jdbc.update("""
				update disinfection_place set name = :name, kind = :kind, address = :address, latitude = :lat,
				  longitude = :lng, frequency_days = :frequency, jurisdiction_id = :node, scope_path = :path,
				  closed_from = :from, closed_until = :until, closure_reason = :reason
				where id = :id
				""", valid.parameters(request, path).addValue("id", placeId));
		this.jdbc.update("""
				update disinfection_task set jurisdiction_id = :node, scope_path = :path
				where place_id = :id and status = 'OPEN'
				""", new MapSqlParameterSource("id", placeId).addValue("node", valid.node()).addValue("path", path));
	}

	private Checked check(Actor actor, PlaceRequest request) {
		List<Violation> violations = new ArrayList<>();
		String name = FieldRules.text(request.name(), "name", 100, true, violations);
		PlaceKind kind = FieldRules.oneOf(PlaceKind.class, "kind", request.kind(), true, violations);
		String address = FieldRules.text(request.address(), "address", 200, false, violations);
		long node = (request.jurisdictionId() != null) ? request.jurisdictionId() : actor.jurisdictionId();
		if (this.jurisdictions.find(node).isEmpty() || !this.jurisdictions.covers(actor, node)) {
			violations.add(new Violation("jurisdictionId", "disinfection.foreignNode"));
		}
		if (request.frequencyDays() != null && (request.frequencyDays() < 1 || request.frequencyDays() > 30)) {
			violations.add(new Violation("frequencyDays", "validation.range", 1, 30));
		}
		if (request.latitude() != null && Math.abs(request.latitude()) > 90) {
			violations.add(new Violation("latitude", "validation.invalid"));
		}
		if (request.longitude() != null && Math.abs(request.longitude()) > 180) {
			violations.add(new Violation("longitude", "validation.invalid"));
		}
		String reason = closure(request, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Checked(name, kind, address, node, reason);
	}

	/**
	 * Closes a market from one date to another (both included) or, with no dates, lifts
	 * its closure (R-ENV-2).
	 */
	@Transactional
	public void close(Actor actor, long placeId, LocalDate from, LocalDate until, String reason) {
		DisinfectionRoles.requirePlanner(actor);
		get(actor, placeId);
		List<Violation> violations = new ArrayList<>();
		String text = closure(new PlaceRequest(null, null, null, null, null, null, null, from, until, reason),
				violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		this.jdbc.update(
				"update disinfection_place set closed_from = :from, closed_until = :until, closure_reason = :reason"
						+ " where id = :id",
				new MapSqlParameterSource("id", placeId).addValue("from", from)
					.addValue("until", until)
					.addValue("reason", text));
	}

	/** The places of the actor's jurisdiction, by node and name. */
	public List<PlaceView> places(Actor actor) {
		DisinfectionRoles.requireReader(actor);
		List<PlaceView> places = this.jdbc.query(
				"select " + PLACE_COLUMNS + " from disinfection_place p join disinfection_kind k on k.kind = p.kind"
						+ " where p.scope_path like :path order by p.scope_path, p.name, p.id limit 2000",
				new MapSqlParameterSource("path", this.jurisdictions.scopePath(actor) + "%"), this::place);
		return named(places);
	}

	/** The market closures of the actor's jurisdiction that are not over. */
	public List<PlaceView> closures(Actor actor) {
		LocalDate today = LocalDate.now(this.clock);
		return places(actor).stream()
			.filter((p) -> p.closedFrom() != null && (p.closedUntil() == null || !p.closedUntil().isBefore(today)))
			.toList();
	}

	/** One place of the actor's jurisdiction; outside it, not found. */
	public PlaceView get(Actor actor, long id) {
		DisinfectionRoles.requireReader(actor);
		return this.jdbc
			.query("select " + PLACE_COLUMNS + " from disinfection_place p join disinfection_kind k on k.kind = p.kind"
					+ " where p.id = :id", new MapSqlParameterSource("id", id), this::place)
			.stream()
			.filter((p) -> this.jurisdictions.covers(actor, p.jurisdictionId()))
			.findFirst()
			.map((p) -> named(List.of(p)).get(0))
			.orElseThrow(() -> new NotFoundException("place", id));
	}

	/** A place to revise (planners only); outside the jurisdiction, not found. */
	public PlaceView editable(Actor actor, long id) {
		DisinfectionRoles.requirePlanner(actor);
		return get(actor, id);
	}

	/**
	 * Sets the city-wide default frequency of a kind (commanders, HQ staff): every place
	 * of the kind without its own frequency follows it from the next generation on.
	 */
	@Transactional
	public void setKindFrequency(Actor actor, String kind, Integer frequencyDays) {
		if (!DisinfectionRoles.setsDefaults(actor)) {
			throw new org.fangkong.shared.ForbiddenException("only the HQ sets the default frequencies");
		}
		List<Violation> violations = new ArrayList<>();
		PlaceKind parsed = FieldRules.oneOf(PlaceKind.class, "kind", kind, true, violations);
		if (frequencyDays == null) {
			violations.add(new Violation("frequencyDays", "validation.required"));
		}
		else if (frequencyDays < 1 || frequencyDays > 30) {
			violations.add(new Violation("frequencyDays", "validation.range", 1, 30));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		this.jdbc.update("update disinfection_kind set frequency_days = :days where kind = :kind",
				new MapSqlParameterSource("days", frequencyDays).addValue("kind", parsed.name()));
	}

	/** The default frequency (days) of each kind. */
	public Map<PlaceKind, Integer> kindFrequencies() {
		Map<PlaceKind, Integer> frequencies = new EnumMap<>(PlaceKind.class);
		this.jdbc.query("select kind, frequency_days from disinfection_kind", (rs) -> {
			frequencies.put(PlaceKind.valueOf(rs.getString(1)), rs.getInt(2));
		});
		return frequencies;
	}

	private static String closure(PlaceRequest request, List<Violation> violations) {
		String reason = FieldRules.text(request.closureReason(), "closureReason", 200, false, violations);
		if (request.closedUntil() != null && request.closedFrom() == null) {
			violations.add(new Violation("closedFrom", "validation.required"));
		}
		if (request.closedFrom() != null && request.closedUntil() != null
				&& request.closedUntil().isBefore(request.closedFrom())) {
			violations.add(new Violation("closedUntil", "disinfection.closureOrder"));
		}
		return reason;
	}

	private List<PlaceView> named(List<PlaceView> places) {
		Map<Long, JurisdictionView> nodes = this.jurisdictions
			.findAll(places.stream().map(PlaceView::jurisdictionId).distinct().toList());
		return places.stream()
			.map((p) -> new PlaceView(p.id(), p.name(), p.kind(), p.jurisdictionId(),
					nodes.containsKey(p.jurisdictionId()) ? nodes.get(p.jurisdictionId()).name() : null, p.address(),
					p.latitude(), p.longitude(), p.frequencyDays(), p.ownFrequency(), p.closedFrom(), p.closedUntil(),
					p.closureReason(), p.closed(), p.demo()))
			.toList();
	}

	/** A place's fields that passed the rules. */
	private record Checked(String name, PlaceKind kind, String address, long node, String reason) {

		MapSqlParameterSource parameters(PlaceRequest request, String path) {
			return new MapSqlParameterSource("name", this.name).addValue("kind", this.kind.name())
				.addValue("address", this.address)
				.addValue("lat", request.latitude())
				.addValue("lng", request.longitude())
				.addValue("frequency", request.frequencyDays())
				.addValue("node", this.node)
				.addValue("path", path)
				.addValue("from", request.closedFrom())
				.addValue("until", request.closedUntil())
				.addValue("reason", this.reason);
		}

	}

	private PlaceView place(ResultSet rs, int n) throws SQLException {
		int own = rs.getInt("frequency_days");
		boolean hasOwn = !rs.wasNull();
		LocalDate from = rs.getObject("closed_from", LocalDate.class);
		LocalDate until = rs.getObject("closed_until", LocalDate.class);
		LocalDate today = LocalDate.now(this.clock);
		boolean closed = from != null && !today.isBefore(from) && (until == null || !today.isAfter(until));
		return new PlaceView(rs.getLong("id"), rs.getString("name"), PlaceKind.valueOf(rs.getString("kind")),
				rs.getLong("jurisdiction_id"), null, rs.getString("address"), (Double) rs.getObject("latitude"),
				(Double) rs.getObject("longitude"), hasOwn ? own : rs.getInt("kind_frequency"), hasOwn, from, until,
				rs.getString("closure_reason"), closed, rs.getBoolean("demo"));
	}

}
