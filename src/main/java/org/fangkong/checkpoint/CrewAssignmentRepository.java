package org.fangkong.checkpoint;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CrewAssignmentRepository extends JpaRepository<CrewAssignment, Long> {

	@Query("""
			select count(a) > 0 from CrewAssignment a where a.userId = ?1 and a.checkpointId = ?2 and a.ended = false
			and (a.validFrom is null or a.validFrom <= ?3) and (a.validUntil is null or a.validUntil > ?3)""")
	boolean isActive(long userId, long checkpointId, Instant at);

	@Query("""
			select distinct a.checkpointId from CrewAssignment a where a.userId = ?1 and a.ended = false
			and (a.validFrom is null or a.validFrom <= ?2) and (a.validUntil is null or a.validUntil > ?2)""")
	List<Long> activeCheckpoints(long userId, Instant at);

	@Query("""
			select a from CrewAssignment a where a.checkpointId = ?1 and a.ended = false
			and (a.validUntil is null or a.validUntil > ?2) order by a.validFrom nulls first, a.id""")
	List<CrewAssignment> currentAndComing(long checkpointId, Instant at);

	@Modifying(flushAutomatically = true)
	@Query("""
			update CrewAssignment a set a.ended = true where a.source = org.fangkong.checkpoint.CrewDuty.Source.ROSTER
			and a.assignedBy = ?1 and a.validFrom >= ?2 and a.ended = false""")
	int endRosterFrom(String by, Instant from);

	@Modifying(flushAutomatically = true)
	@Query("""
			update CrewAssignment a set a.ended = true where a.source = org.fangkong.checkpoint.CrewDuty.Source.ROSTER
			and a.userId = ?1 and a.checkpointId = ?2 and a.validFrom = ?3 and a.validUntil = ?4 and a.assignedBy = ?5
			and a.ended = false""")
	int endRosterShift(long userId, long checkpointId, Instant from, Instant until, String by);

}
