package org.fangkong.roster;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ShiftPatternRepository extends JpaRepository<ShiftPattern, Long> {

	@Query("select p from ShiftPattern p where p.checkpointId = ?1 order by p.startTime")
	List<ShiftPattern> findByCheckpoint(long checkpointId);

	@Modifying
	@Query("delete from ShiftPattern p where p.checkpointId = ?1")
	void deleteByCheckpoint(long checkpointId);

}
