package org.fangkong.checkpoint;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A fever was measured at a checkpoint (R-CP-5: early discovery, early isolation, early
 * treatment). The medical side refers the traveller to a fever clinic. Carries ids, not
 * personal data: a listener that needs the person asks
 * {@link RegistrationSubjects#subject(long)}.
 */
public record FeverDetected(long registrationId, long checkpointId, long jurisdictionId, BigDecimal temperature,
		Instant crossedAt) {

}
