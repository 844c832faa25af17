package org.fangkong.checkpoint;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SelfRegistrationRepository extends JpaRepository<SelfRegistration, Long> {

	List<SelfRegistration> findByCheckpointIdAndStatusAndSubmittedAtAfterOrderBySubmittedAtDesc(long checkpointId,
			SelfRegistration.Status status, Instant after);

}
