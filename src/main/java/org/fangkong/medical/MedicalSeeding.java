package org.fangkong.medical;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.fangkong.jurisdiction.Jurisdictions;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds facilities and expert teams without an acting user, for the demo data (issue #12
 * item 1). Only the modules allowed the {@code seeding} interface (demo) may call it.
 */
@Service
@NamedInterface("seeding")
@Transactional
public class MedicalSeeding {

	private final NamedParameterJdbcTemplate jdbc;

	private final Jurisdictions jurisdictions;

	MedicalSeeding(NamedParameterJdbcTemplate jdbc, Jurisdictions jurisdictions) {
		this.jdbc = jdbc;
		this.jurisdictions = jurisdictions;
	}

	/** Whether any facility exists (the demo loads them once). */
	@Transactional(readOnly = true)
	public boolean hasFacilities() {
		Long count = this.jdbc.queryForObject("select count(*) from medical_facility", Map.of(), Long.class);
		return count != null && count > 0;
	}

	/** Adds a facility with its beds by kind; returns its id. */
	public long addFacility(NewFacility facility) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("""
				insert into medical_facility (name, kind, jurisdiction_id, scope_path, address, latitude, longitude,
				  doctors, nurses, other_staff, standby, demo)
				values (:name, :kind, :node, :path, :address, :lat, :lon, :doctors, :nurses, :other, :standby, :demo)
				""",
				new MapSqlParameterSource().addValue("name", facility.name())
					.addValue("kind", facility.kind().name())
					.addValue("node", facility.jurisdictionId())
					.addValue("path", this.jurisdictions.pathOf(facility.jurisdictionId()))
					.addValue("address", facility.address())
					.addValue("lat", facility.latitude())
					.addValue("lon", facility.longitude())
					.addValue("doctors", facility.doctors())
					.addValue("nurses", facility.nurses())
					.addValue("other", facility.otherStaff())
					.addValue("standby", facility.standby())
					.addValue("demo", facility.demo()),
				key, new String[] { "id" });
		long id = key.getKey().longValue();
		facility.beds()
			.forEach((kind, capacity) -> this.jdbc.update(
					"insert into medical_facility_bed (facility_id, kind, capacity, occupied) values (:id, :kind, :cap, 0)",
					new MapSqlParameterSource().addValue("id", id)
						.addValue("kind", kind.name())
						.addValue("cap", capacity)));
		return id;
	}

	/** Adds an expert team with its members; returns its id. */
	public long addExpertTeam(String name, Long facilityId, String duty, List<NewExpert> members, boolean demo) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(
				"insert into medical_expert_team (name, facility_id, duty, demo) values (:name, :f, :duty, :demo)",
				new MapSqlParameterSource().addValue("name", name)
					.addValue("f", facilityId)
					.addValue("duty", duty)
					.addValue("demo", demo),
				key, new String[] { "id" });
		long id = key.getKey().longValue();
		for (NewExpert member : members) {
			this.jdbc.update(
					"insert into medical_expert (team_id, name, title, speciality, team_lead)"
							+ " values (:team, :name, :title, :spec, :lead)",
					new MapSqlParameterSource().addValue("team", id)
						.addValue("name", member.name())
						.addValue("title", member.title())
						.addValue("spec", member.speciality())
						.addValue("lead", member.lead()));
		}
		return id;
	}

	/** A facility to add, with its capacity per bed kind. */
	public record NewFacility(String name, FacilityKind kind, long jurisdictionId, String address, BigDecimal latitude,
			BigDecimal longitude, int doctors, int nurses, int otherStaff, boolean standby, Map<BedKind, Integer> beds,
			boolean demo) {

	}

	/** A member of an expert team to add. */
	public record NewExpert(String name, String title, String speciality, boolean lead) {

	}

}
