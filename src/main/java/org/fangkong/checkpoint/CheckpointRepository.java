package org.fangkong.checkpoint;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CheckpointRepository extends JpaRepository<Checkpoint, Long> {

	@Query("select c from Checkpoint c where c.jurisdictionId in ?1 or c.id in ?2 order by c.kind, c.code")
	List<Checkpoint> findVisible(Collection<Long> jurisdictionIds, Collection<Long> boundIds);

	@Query("select c from Checkpoint c order by c.kind, c.code")
	List<Checkpoint> findAllOrdered();

	Optional<Checkpoint> findByCode(String code);

}
