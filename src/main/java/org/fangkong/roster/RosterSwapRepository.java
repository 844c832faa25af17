package org.fangkong.roster;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RosterSwapRepository extends JpaRepository<RosterSwap, Long> {

	@Query("select s from RosterSwap s where s.rosterId = ?1 order by s.requestedAt desc, s.id desc")
	List<RosterSwap> findByRoster(long rosterId);

	@Query("""
			select count(s) > 0 from RosterSwap s where s.status = org.fangkong.roster.SwapStatus.REQUESTED
			and (s.assignmentId in ?1 or s.otherAssignmentId in ?1)""")
	boolean pendingFor(Collection<Long> assignmentIds);

	@Modifying(flushAutomatically = true)
	@Query("delete from RosterSwap s where s.assignmentId in ?1 or s.otherAssignmentId in ?1")
	void deleteByAssignments(Collection<Long> assignmentIds);

}
