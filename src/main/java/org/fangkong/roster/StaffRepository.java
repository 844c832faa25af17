package org.fangkong.roster;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffRepository extends JpaRepository<PoolMember, Long> {

	@Query("select s from PoolMember s where s.jurisdictionPath like concat(?1, '%') order by s.checkpointId nulls first, s.grade, s.id")
	List<PoolMember> findInScope(String scopePath);

	@Query("select s from PoolMember s where s.checkpointId = ?1 order by s.id")
	List<PoolMember> findByCheckpoint(long checkpointId);

	/** The pool of the key checkpoints: people bound to no checkpoint, under a path. */
	@Query("select s from PoolMember s where s.checkpointId is null and ?1 like concat(s.jurisdictionPath, '%') order by s.id")
	List<PoolMember> findKeyPoolFor(String checkpointPath);

	List<PoolMember> findByUserId(long userId);

	boolean existsByJurisdictionId(long jurisdictionId);

	List<PoolMember> findByIdIn(Collection<Long> ids);

}
