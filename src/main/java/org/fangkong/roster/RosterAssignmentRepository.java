package org.fangkong.roster;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RosterAssignmentRepository extends JpaRepository<RosterAssignment, Long> {

	@Query("select a from RosterAssignment a where a.rosterId = ?1 order by a.checkpointId, a.shiftStart, a.seat, a.seatIndex")
	List<RosterAssignment> findByRoster(long rosterId);

	@Modifying
	@Query("delete from RosterAssignment a where a.rosterId = ?1")
	void deleteByRoster(long rosterId);

	/**
	 * Published shifts (during a re-plan, those kept) for some people, ending after
	 * {@code after}.
	 */
	@Query("""
			select a from RosterAssignment a, Roster r where r.id = a.rosterId and (r.status = org.fangkong.roster.RosterStatus.PUBLISHED
			or r.publishedAt is not null and a.shiftStart < r.replannedFrom)
			and a.staffId in ?1 and a.shiftEnd > ?2 order by a.shiftStart""")
	List<RosterAssignment> findPublishedFor(Collection<Long> staffIds, Instant after);

	/**
	 * Published shifts (during a re-plan, those kept) at a checkpoint ending after
	 * {@code after}.
	 */
	@Query("""
			select a from RosterAssignment a, Roster r where r.id = a.rosterId and (r.status = org.fangkong.roster.RosterStatus.PUBLISHED
			or r.publishedAt is not null and a.shiftStart < r.replannedFrom)
			and a.checkpointId = ?1 and a.shiftEnd > ?2 and a.shiftStart < ?3 order by a.shiftStart, a.seat, a.seatIndex""")
	List<RosterAssignment> findPublishedAt(long checkpointId, Instant after, Instant before);

}
