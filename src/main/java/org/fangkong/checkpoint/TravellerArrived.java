package org.fangkong.checkpoint;

import java.time.Instant;

import org.fangkong.shared.OriginClass;

/**
 * A traveller from outside arrived at a checkpoint, bound for a node of the city
 * (R-SCR-1): screening picks them up in the destination grid. Carries ids, not personal
 * data: a listener that needs the person asks {@link RegistrationSubjects#subject(long)}.
 */
public record TravellerArrived(long registrationId, long checkpointId, long destinationJurisdictionId,
		OriginClass originClass, Instant crossedAt) {

}
