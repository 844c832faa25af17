package org.fangkong.medical;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.Role;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding and editing facilities and their beds on a page (issue #12 item 1): medics and
 * commanders, inside their jurisdiction (outside: 404). A bed kind's capacity is changed
 * by one conditional update {@code where occupied <= :capacity}, so a capacity below the
 * beds in use — also one taken by a concurrent admission — is refused with a message and
 * nothing changes; the table's check {@code medical_bed_occupancy} stays the last guard.
 */
@Service
@Transactional
public class FacilityEditing {

	private final NamedParameterJdbcTemplate jdbc;

	private final Facilities facilities;

	private final Jurisdictions jurisdictions;

	private final MedicalSeeding seeding;

	FacilityEditing(NamedParameterJdbcTemplate jdbc, Facilities facilities, Jurisdictions jurisdictions,
			MedicalSeeding seeding) {
		this.jdbc = jdbc;
		this.facilities = facilities;
		this.jurisdictions = jurisdictions;
		this.seeding = seeding;
	}

	/** Whether the actor may add and edit facilities (for the page's buttons). */
	public boolean mayEdit(Actor actor) {
		return actor.hasAny(Role.MEDIC, Role.COMMANDER);
	}

	/** Adds a facility at the actor's own node; answers it. */
	public Facilities.FacilityView add(Actor actor, FacilityForm form) {
		requireEditor(actor);
		check(form);
		long id;
		try {
			id = this.seeding.addFacility(new MedicalSeeding.NewFacility(form.name().strip(), form.kind(),
					actor.jurisdictionId(), blank(form.address()), form.latitude(), form.longitude(), form.doctors(),
					form.nurses(), form.otherStaff(), form.standby(), withBeds(form.beds()), false));
		}
		catch (DuplicateKeyException ex) {
			throw InvalidInputException.of("name", "medical.facility.nameTaken");
		}
		return this.facilities.get(actor, id);
	}

	/**
	 * Changes a facility inside the actor's jurisdiction: its details, staff and the
	 * capacity of each bed kind (a kind it had not has its row added).
	 */
	public Facilities.FacilityView update(Actor actor, long id, FacilityForm form) {
		requireEditor(actor);
		Facilities.FacilityView facility = this.facilities.get(actor, id);
		check(form);
		List<Violation> refused = new ArrayList<>();
		for (Map.Entry<BedKind, Integer> bed : form.beds().entrySet()) {
			MapSqlParameterSource params = new MapSqlParameterSource().addValue("id", id)
				.addValue("kind", bed.getKey().name())
				.addValue("cap", bed.getValue());
			int changed = this.jdbc.update("update medical_facility_bed set capacity = :cap"
					+ " where facility_id = :id and kind = :kind and occupied <= :cap", params);
			if (changed == 0) {
				boolean exists = facility.beds().stream().anyMatch((b) -> b.kind() == bed.getKey());
				if (exists) {
					refused.add(new Violation(bed.getKey().name().toLowerCase(java.util.Locale.ROOT),
							"medical.capacityBelowOccupied"));
				}
				else if (bed.getValue() > 0) {
					this.jdbc.update("insert into medical_facility_bed (facility_id, kind, capacity, occupied)"
							+ " values (:id, :kind, :cap, 0)", params);
				}
			}
		}
		if (!refused.isEmpty()) {
			// nothing changes: the capacities already set roll back with the transaction
			throw new InvalidInputException(refused);
		}
		try {
			this.jdbc.update("""
					update medical_facility set name = :name, kind = :kind, address = :address, latitude = :lat,
					  longitude = :lon, doctors = :doctors, nurses = :nurses, other_staff = :other, standby = :standby
					where id = :id
					""",
					new MapSqlParameterSource().addValue("id", id)
						.addValue("name", form.name().strip())
						.addValue("kind", form.kind().name())
						.addValue("address", blank(form.address()))
						.addValue("lat", form.latitude())
						.addValue("lon", form.longitude())
						.addValue("doctors", form.doctors())
						.addValue("nurses", form.nurses())
						.addValue("other", form.otherStaff())
						.addValue("standby", form.standby()));
		}
		catch (DuplicateKeyException ex) {
			throw InvalidInputException.of("name", "medical.facility.nameTaken");
		}
		return this.facilities.get(actor, id);
	}

	/** Refuses (403) anyone but medics and commanders. */
	public void requireEditor(Actor actor) {
		if (!actor.hasAny(Role.MEDIC, Role.COMMANDER)) {
			throw new ForbiddenException("only medics and commanders keep facilities");
		}
	}

	private static void check(FacilityForm form) {
		List<Violation> violations = new ArrayList<>();
		if (form.name() == null || form.name().isBlank()) {
			violations.add(new Violation("name", "validation.required"));
		}
		else if (form.name().strip().length() > 100) {
			violations.add(new Violation("name", "validation.maxLength", 100));
		}
		if (form.kind() == null) {
			violations.add(new Violation("kind", "validation.required"));
		}
		if (form.address() != null && form.address().length() > 200) {
			violations.add(new Violation("address", "validation.maxLength", 200));
		}
		if ((form.latitude() == null) != (form.longitude() == null)
				|| (form.latitude() != null && (form.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0
						|| form.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0))) {
			violations.add(new Violation("latitude", "medical.facility.point"));
		}
		if (form.doctors() < 0 || form.nurses() < 0 || form.otherStaff() < 0) {
			violations.add(new Violation("doctors", "validation.range", 0, 10000));
		}
		form.beds().forEach((kind, capacity) -> {
			if (capacity == null || capacity < 0 || capacity > 100000) {
				violations
					.add(new Violation(kind.name().toLowerCase(java.util.Locale.ROOT), "validation.range", 0, 100000));
			}
		});
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	private static Map<BedKind, Integer> withBeds(Map<BedKind, Integer> beds) {
		Map<BedKind, Integer> kept = new EnumMap<>(BedKind.class);
		beds.forEach((kind, capacity) -> {
			if (capacity > 0) {
				kept.put(kind, capacity);
			}
		});
		return kept;
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * A facility as the form sends it; {@code beds}: the capacity of each bed kind to set
	 * (kinds left out keep theirs).
	 */
	public record FacilityForm(String name, FacilityKind kind, String address, BigDecimal latitude,
			BigDecimal longitude, int doctors, int nurses, int otherStaff, boolean standby,
			Map<BedKind, Integer> beds) {

		public FacilityForm {
			Map<BedKind, Integer> copy = new EnumMap<>(BedKind.class);
			if (beds != null) {
				copy.putAll(beds);
			}
			beds = copy;
		}

	}

}
