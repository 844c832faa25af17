package org.fangkong.medical;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilities of the medical side (issue #12 item 1, R-MED-2): the designated
 * hospital, the fever clinics, the centralised isolation sites and the standby
 * observation site, each with its beds by kind (capacity and occupied), its staff and a
 * point on the map; and the expert team. Read by medics and commanders inside their
 * jurisdiction.
 */
@Service
@Transactional(readOnly = true)
public class Facilities {

	private final NamedParameterJdbcTemplate jdbc;

	private final Jurisdictions jurisdictions;

	Facilities(NamedParameterJdbcTemplate jdbc, Jurisdictions jurisdictions) {
		this.jdbc = jdbc;
		this.jurisdictions = jurisdictions;
	}

	/** The facilities inside the actor's jurisdiction, by kind and name. */
	public List<FacilityView> visibleTo(Actor actor) {
		requireReader(actor);
		return query("f.scope_path like :scope",
				new MapSqlParameterSource("scope", this.jurisdictions.scopePath(actor) + "%"));
	}

	/** One facility inside the actor's jurisdiction; outside it, not found. */
	public FacilityView get(Actor actor, long id) {
		requireReader(actor);
		return find(id).filter((f) -> this.jurisdictions.covers(actor, f.jurisdictionId()))
			.orElseThrow(() -> new NotFoundException("facility", id));
	}

	/** A facility by id, unscoped (the caller has checked its scope). */
	Optional<FacilityView> find(long id) {
		return query("f.id = :id", new MapSqlParameterSource("id", id)).stream().findFirst();
	}

	/** The expert teams with their members. */
	public List<ExpertTeamView> expertTeams(Actor actor) {
		requireReader(actor);
		Map<Long, List<ExpertView>> members = new LinkedHashMap<>();
		this.jdbc.query("select team_id, name, title, speciality, team_lead from medical_expert"
				+ " order by team_id, team_lead desc, id", (rs) -> {
					members.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
						.add(new ExpertView(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
				});
		return this.jdbc.query("select id, name, facility_id, duty from medical_expert_team order by id",
				(rs, n) -> new ExpertTeamView(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
						rs.getString(4), members.getOrDefault(rs.getLong(1), List.of())));
	}

	static void requireReader(Actor actor) {
		if (!actor.hasAny(Role.MEDIC, Role.COMMANDER, Role.HOTLINE_OPERATOR)) {
			throw new ForbiddenException("facilities are for medics, commanders and the hotline");
		}
	}

	private List<FacilityView> query(String where, MapSqlParameterSource params) {
		Map<Long, List<BedView>> beds = new LinkedHashMap<>();
		this.jdbc.query("select b.facility_id, b.kind, b.capacity, b.occupied from medical_facility_bed b"
				+ " join medical_facility f on f.id = b.facility_id where " + where + " order by b.facility_id, b.kind",
				params, (rs) -> {
					beds.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
						.add(new BedView(BedKind.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4)));
				});
		return this.jdbc.query(
				"select f.id, f.name, f.kind, f.jurisdiction_id, f.address, f.latitude, f.longitude,"
						+ " f.doctors, f.nurses, f.other_staff, f.standby from medical_facility f where " + where
						+ " order by case f.kind when 'HOSPITAL' then 0 when 'FEVER_CLINIC' then 1"
						+ " when 'ISOLATION_SITE' then 2 else 3 end, f.name",
				params,
				(rs, n) -> new FacilityView(rs.getLong(1), rs.getString(2), FacilityKind.valueOf(rs.getString(3)),
						rs.getLong(4), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getInt(8),
						rs.getInt(9), rs.getInt(10), rs.getBoolean(11), beds.getOrDefault(rs.getLong(1), List.of())));
	}

	/**
	 * A facility with its beds. {@code latitude}/{@code longitude}: its point on the map
	 * (WGS 84), when known; {@code standby}: kept ready, not yet in use.
	 */
	public record FacilityView(long id, String name, FacilityKind kind, long jurisdictionId, String address,
			BigDecimal latitude, BigDecimal longitude, int doctors, int nurses, int otherStaff, boolean standby,
			List<BedView> beds) {

		public int capacity() {
			return this.beds.stream().mapToInt(BedView::capacity).sum();
		}

		public int occupied() {
			return this.beds.stream().mapToInt(BedView::occupied).sum();
		}

	}

	/** The beds of one kind at a facility. */
	public record BedView(BedKind kind, int capacity, int occupied) {

		public int free() {
			return this.capacity - this.occupied;
		}

	}

	/** An expert team (专家组), at a facility when it has one. */
	public record ExpertTeamView(long id, String name, Long facilityId, String duty, List<ExpertView> members) {

	}

	/** A member of an expert team. */
	public record ExpertView(String name, String title, String speciality, boolean lead) {

	}

}
