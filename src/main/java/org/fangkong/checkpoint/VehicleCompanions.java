package org.fangkong.checkpoint;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who travelled in the same vehicle (issue #13): the crew registers the people of one car
 * or bus with one vehicle group, so the other registrations of that group at the same
 * checkpoint within a day (either side) of a registration are the people who sat in the
 * vehicle with its traveller. Ids and times only, nothing personal; only the modules
 * allowed the {@code contacts} interface may call it.
 */
@Service
@NamedInterface("contacts")
@Transactional(readOnly = true)
public class VehicleCompanions {

	private final NamedParameterJdbcTemplate jdbc;

	VehicleCompanions(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The registrations in the same vehicle group as one of {@code registrationIds}
	 * (excluding those), with the registration they travelled with.
	 */
	public List<Companion> of(Collection<Long> registrationIds) {
		if (registrationIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("""
				select r.id, o.id, o.crossed_at, o.vehicle_group, o.plate from registration r
				join registration o on o.vehicle_group = r.vehicle_group and o.checkpoint_id = r.checkpoint_id
				  and o.crossed_at between r.crossed_at - interval '1' day and r.crossed_at + interval '1' day
				where r.id = any(:ids) and r.vehicle_group is not null and not (o.id = any(:ids))
				order by o.crossed_at, o.id
				""", new MapSqlParameterSource("ids", registrationIds.toArray(new Long[0])),
				(rs, i) -> new Companion(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
						rs.getString(5)));
	}

	/**
	 * A registration in the same vehicle as {@code withRegistrationId}.
	 *
	 * @param withRegistrationId the registration of the traveller asked about
	 * @param registrationId the companion's registration
	 * @param crossedAt when the companion crossed
	 */
	public record Companion(long withRegistrationId, long registrationId, Instant crossedAt, String vehicleGroup,
			String plate) {

	}

}
