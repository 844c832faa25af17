package org.fangkong.screening;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Masking;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.OriginClass;
import org.fangkong.shared.PersonalDataProtection;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key persons of the ledger where they live, for the map (issue #14): the same rows,
 * scope and filters as {@link Ledger} (readers only, inside the actor's jurisdiction by
 * the grid's path, merged duplicates left out), but all of them at once and lean: no
 * chain of responsibility, no phone, and the ID number always masked, whatever the role
 * (a map of every home is no place for full identifiers; the record behind a point is one
 * click away, under the ledger's own rules and audit). Read in one query.
 */
@Service
@Transactional(readOnly = true)
public class KeyPersonPlaces {

	private final NamedParameterJdbcTemplate jdbc;

	private final Jurisdictions jurisdictions;

	private final PersonalDataProtection protection;

	KeyPersonPlaces(NamedParameterJdbcTemplate jdbc, Jurisdictions jurisdictions, PersonalDataProtection protection) {
		this.jdbc = jdbc;
		this.jurisdictions = jurisdictions;
		this.protection = protection;
	}

	/** Whether the actor may read the ledger, and so the key persons on the map. */
	public boolean mayRead(Actor actor) {
		return ScreeningAccess.mayAny(actor, ScreeningAccess.READERS);
	}

	/**
	 * The screenings matching {@code filter}, oldest first, at most {@code limit};
	 * {@code truncated} when there were more.
	 * @throws org.fangkong.shared.ForbiddenException for a role that does not read the
	 * ledger
	 * @throws NotFoundException for a node outside the actor's scope
	 */
	public Places find(Actor actor, PlaceFilter filter, int limit) {
		ScreeningAccess.requireRole(actor, ScreeningAccess.READERS);
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(actor, filter, params);
		params.addValue("limit", limit + 1);
		List<KeyPersonPlace> rows = new ArrayList<>();
		this.jdbc.query("select s.id, s.person_id, p.name, p.id_number_enc, s.grid_id, p.household_id,"
				+ " s.origin_class, s.measure, s.status, s.arrival_date, s.measure_end"
				+ " from screening s join person p on p.id = s.person_id" + where + " order by s.id limit :limit",
				params, (rs) -> {
					String idNumber = this.protection.decrypt(rs.getString(4));
					long household = rs.getLong(6);
					Long householdId = rs.wasNull() ? null : household;
					rows.add(new KeyPersonPlace(rs.getLong(1), rs.getLong(2), rs.getString(3),
							(idNumber != null) ? Masking.idNumber(idNumber) : null, rs.getLong(5), householdId,
							OriginClass.valueOf(rs.getString(7)), Measure.valueOf(rs.getString(8)),
							ScreeningStatus.valueOf(rs.getString(9)), localDate(rs.getDate(10)),
							localDate(rs.getDate(11))));
				});
		boolean truncated = rows.size() > limit;
		return new Places(truncated ? rows.subList(0, limit) : rows, truncated);
	}

	/** How many screenings match {@code filter} in each grid (by grid id). */
	public Map<Long, Long> countByGrid(Actor actor, PlaceFilter filter) {
		ScreeningAccess.requireRole(actor, ScreeningAccess.READERS);
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(actor, filter, params);
		Map<Long, Long> counts = new LinkedHashMap<>();
		this.jdbc.query("select s.grid_id, count(*) from screening s" + where + " group by s.grid_id", params, (rs) -> {
			counts.put(rs.getLong(1), rs.getLong(2));
		});
		return counts;
	}

	private String where(Actor actor, PlaceFilter filter, MapSqlParameterSource params) {
		String scope;
		if (filter.nodeId() != null) {
			if (!this.jurisdictions.covers(actor, filter.nodeId())) {
				throw new NotFoundException("jurisdiction", filter.nodeId());
			}
			scope = this.jurisdictions.pathOf(filter.nodeId());
		}
		else {
			scope = this.jurisdictions.scopePath(actor);
		}
		StringBuilder where = new StringBuilder(" where s.grid_path like :scope and s.merged_into is null");
		params.addValue("scope", scope + "%");
		if (filter.originClass() != null) {
			where.append(" and s.origin_class = :origin");
			params.addValue("origin", filter.originClass().name());
		}
		if (filter.measure() != null) {
			where.append(" and s.measure = :measure");
			params.addValue("measure", filter.measure().name());
		}
		if (filter.status() != null) {
			where.append(" and s.status = :status");
			params.addValue("status", filter.status().name());
		}
		if (filter.arrivedFrom() != null) {
			where.append(" and s.arrival_date >= :from");
			params.addValue("from", Date.valueOf(filter.arrivedFrom()));
		}
		if (filter.arrivedTo() != null) {
			where.append(" and s.arrival_date <= :to");
			params.addValue("to", Date.valueOf(filter.arrivedTo()));
		}
		return where.toString();
	}

	private static LocalDate localDate(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	/**
	 * The ledger's filters that the map offers; every one optional (null: any). A node
	 * outside the actor's scope is not found.
	 */
	public record PlaceFilter(Long nodeId, OriginClass originClass, Measure measure, ScreeningStatus status,
			LocalDate arrivedFrom, LocalDate arrivedTo) {

	}

	/** The rows found, and whether more matched than the limit let through. */
	public record Places(List<KeyPersonPlace> places, boolean truncated) {

	}

	/**
	 * A screening with what the map needs to place and label it: the person's household
	 * (a jurisdiction node, may be null) and grid, the ID number masked.
	 */
	public record KeyPersonPlace(long screeningId, long personId, String name, String idNumberMasked, long gridId,
			Long householdId, OriginClass originClass, Measure measure, ScreeningStatus status, LocalDate arrivalDate,
			LocalDate measureEnd) {

	}

}
