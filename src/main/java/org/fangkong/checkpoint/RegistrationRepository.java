package org.fangkong.checkpoint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

	Optional<Registration> findByIdempotencyKey(String idempotencyKey);

	List<Registration> findByCheckpointIdAndCrossedAtGreaterThanEqualAndCrossedAtLessThanOrderByCrossedAtDesc(
			long checkpointId, Instant from, Instant to);

	List<Registration> findByIdNumberHashAndCheckpointIdInOrderByCrossedAtDesc(String idNumberHash,
			java.util.Collection<Long> checkpointIds, Limit limit);

}
