package org.fangkong.volunteer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VolunteerRepository extends JpaRepository<Volunteer, Long> {

	Optional<Volunteer> findByUserId(long userId);

	List<Volunteer> findByIdIn(Collection<Long> ids);

	boolean existsByJurisdictionPathStartingWith(String path);

	/**
	 * A page of the volunteers inside a scope (the path of its root, an indexed prefix),
	 * born between two dates (both counted), by name.
	 */
	@Query("select v from Volunteer v where v.jurisdictionPath like concat(?1, '%') "
			+ "and v.birthDate >= ?2 and v.birthDate <= ?3 order by v.name, v.id")
	List<Volunteer> findInScope(String scopePath, LocalDate bornFrom, LocalDate bornUntil, Pageable page);

	/** A page of the volunteers inside a scope whose name contains a text, by name. */
	@Query("select v from Volunteer v where v.jurisdictionPath like concat(?1, '%') "
			+ "and lower(v.name) like concat('%', lower(?2), '%') order by v.name, v.id")
	List<Volunteer> findNamedInScope(String scopePath, String name, Pageable page);

	@Query("select v from Volunteer v where v.jurisdictionPath like concat(?1, '%') order by v.name, v.id")
	List<Volunteer> findAllInScope(String scopePath);

}
