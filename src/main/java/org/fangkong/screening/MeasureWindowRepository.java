package org.fangkong.screening;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The measures of people by the hash of their ID number, for {@link MeasureWindows}. */
interface MeasureWindowRepository extends Repository<Screening, Long> {

	@Query("""
			select p.idNumberHash, s.measureStart, s.measureEnd from Screening s, Person p
			where p.id = s.personId and p.mergedInto is null and p.idNumberHash in ?1
			and s.status = org.fangkong.screening.ScreeningStatus.UNDER_MEASURE and s.measureStart < ?3
			and (s.measureEnd is null or s.measureEnd > ?2)""")
	List<Object[]> underMeasure(Collection<String> hashes, LocalDate from, LocalDate before);

}
