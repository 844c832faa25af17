package org.fangkong.gis;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The map's own tables: boundaries of jurisdiction nodes ({@code gis_boundary}) and the
 * own points of persons ({@code gis_person_point}), keyed by the other modules' ids. Long
 * lists of ids are read in chunks.
 */
@Component
class PlaceStore {

	private static final int CHUNK = 1000;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	PlaceStore(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void saveBoundary(long nodeId, BoundaryGeometry boundary, boolean demo, String by) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("id", nodeId)
			.addValue("geometry", boundary.geometry())
			.addValue("minLon", boundary.bounds().minLon())
			.addValue("minLat", boundary.bounds().minLat())
			.addValue("maxLon", boundary.bounds().maxLon())
			.addValue("maxLat", boundary.bounds().maxLat())
			.addValue("demo", demo)
			.addValue("at", Timestamp.from(Instant.now(this.clock)))
			.addValue("by", by);
		int updated = this.jdbc.update("update gis_boundary set geometry = :geometry, min_lon = :minLon,"
				+ " min_lat = :minLat, max_lon = :maxLon, max_lat = :maxLat, demo = :demo, updated_at = :at,"
				+ " updated_by = :by where jurisdiction_id = :id", params);
		if (updated == 0) {
			this.jdbc.update("insert into gis_boundary (jurisdiction_id, geometry, min_lon, min_lat, max_lon, max_lat,"
					+ " demo, updated_at, updated_by) values (:id, :geometry, :minLon, :minLat, :maxLon, :maxLat,"
					+ " :demo, :at, :by)", params);
		}
	}

	/** The stored geometries (GeoJSON text) of those of the nodes that have one. */
	Map<Long, String> boundaries(Collection<Long> nodeIds) {
		Map<Long, String> found = new HashMap<>();
		for (List<Long> chunk : chunks(nodeIds)) {
			this.jdbc.query("select jurisdiction_id, geometry from gis_boundary where jurisdiction_id in (:ids)",
					Map.of("ids", chunk), (rs) -> {
						found.put(rs.getLong(1), rs.getString(2));
					});
		}
		return found;
	}

	Optional<BoundaryGeometry.Bounds> bounds(long nodeId) {
		return this.jdbc
			.query("select min_lon, min_lat, max_lon, max_lat from gis_boundary where jurisdiction_id = :id",
					Map.of("id", nodeId),
					(rs, i) -> new BoundaryGeometry.Bounds(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3),
							rs.getDouble(4)))
			.stream()
			.findFirst();
	}

	boolean anyBoundary() {
		Integer one = this.jdbc.query("select 1 from gis_boundary limit 1", Map.of(),
				(rs) -> rs.next() ? rs.getInt(1) : null);
		return one != null;
	}

	void savePersonPoint(long personId, double longitude, double latitude, boolean demo) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("id", personId)
			.addValue("lon", longitude)
			.addValue("lat", latitude)
			.addValue("demo", demo)
			.addValue("at", Timestamp.from(Instant.now(this.clock)));
		int updated = this.jdbc.update("update gis_person_point set longitude = :lon, latitude = :lat, demo = :demo,"
				+ " updated_at = :at where person_id = :id", params);
		if (updated == 0) {
			this.jdbc.update("insert into gis_person_point (person_id, longitude, latitude, demo, updated_at)"
					+ " values (:id, :lon, :lat, :demo, :at)", params);
		}
	}

	/**
	 * The own points ({@code [longitude, latitude]}) of those of the persons that have
	 * one. Few persons have a point of their own: for a long list (the map's 10,000 key
	 * persons, W5) the whole table is read at once when it holds fewer rows than the list
	 * has ids, instead of one query per thousand ids.
	 */
	Map<Long, double[]> personPoints(Collection<Long> personIds) {
		Map<Long, double[]> found = new HashMap<>();
		if (personIds.isEmpty()) {
			return found;
		}
		if (personIds.size() > CHUNK) {
			Integer stored = this.jdbc.queryForObject("select count(*) from gis_person_point", Map.of(), Integer.class);
			if (stored != null && stored <= personIds.size()) {
				Set<Long> wanted = (personIds instanceof Set<Long> set) ? set : new HashSet<>(personIds);
				this.jdbc.query("select person_id, longitude, latitude from gis_person_point", Map.of(), (rs) -> {
					long id = rs.getLong(1);
					if (wanted.contains(id)) {
						found.put(id, new double[] { rs.getDouble(2), rs.getDouble(3) });
					}
				});
				return found;
			}
		}
		for (List<Long> chunk : chunks(personIds)) {
			this.jdbc.query("select person_id, longitude, latitude from gis_person_point where person_id in (:ids)",
					Map.of("ids", chunk), (rs) -> {
						found.put(rs.getLong(1), new double[] { rs.getDouble(2), rs.getDouble(3) });
					});
		}
		return found;
	}

	private static List<List<Long>> chunks(Collection<Long> ids) {
		List<Long> all = ids.stream().distinct().toList();
		List<List<Long>> chunks = new java.util.ArrayList<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
		}
		return chunks;
	}

}
