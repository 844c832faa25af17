package org.fangkong.screening;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is under an observation measure now, asked by keyed hash of the ID number (the hash
 * {@code PersonalDataProtection.lookupHash} makes of the normalised number), for the
 * volunteers module (issue #15 item 1: a volunteer under a measure is never proposed for
 * an order). It answers only which of the given hashes are under a measure: no name, no
 * measure, no place. Not scoped: the caller holds the hashes of its own records. Only the
 * modules allowed the {@code measures} interface may call it.
 */
@Service
@NamedInterface("measure-status")
@Transactional(readOnly = true)
public class MeasureStatus {

	private final NamedParameterJdbcTemplate jdbc;

	MeasureStatus(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Those of {@code idNumberHashes} whose person has a screening under a measure (not
	 * yet released, whatever its planned end), merged duplicates included.
	 */
	public Set<String> underMeasure(Collection<String> idNumberHashes) {
		Set<String> under = new HashSet<>();
		if (idNumberHashes.isEmpty()) {
			return under;
		}
		this.jdbc.query("""
				select distinct p.id_number_hash from person p join screening s on s.person_id = p.id
				where p.id_number_hash in (:hashes) and s.status = 'UNDER_MEASURE'
				""", new MapSqlParameterSource("hashes", idNumberHashes), (rs) -> {
			under.add(rs.getString(1));
		});
		return under;
	}

}
