package org.fangkong.roster;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnavailabilityRepository extends JpaRepository<Unavailability, Long> {

	List<Unavailability> findByStaffIdOrderByFromAt(long staffId);

	@Query("select u from Unavailability u where u.staffId in ?1 and u.untilAt > ?2 and u.fromAt < ?3")
	List<Unavailability> findOverlapping(Collection<Long> staffIds, Instant from, Instant until);

}
