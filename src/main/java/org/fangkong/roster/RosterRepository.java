package org.fangkong.roster;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RosterRepository extends JpaRepository<Roster, Long> {

	@Query("select r from Roster r where r.jurisdictionPath like concat(?1, '%') order by r.fromDate desc, r.id desc")
	List<Roster> findInScope(String scopePath);

}
