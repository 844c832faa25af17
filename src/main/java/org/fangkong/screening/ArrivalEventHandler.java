package org.fangkong.screening;

import org.fangkong.checkpoint.TravellerArrived;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands each {@link TravellerArrived} of the checkpoints to {@link ArrivalIntake}
 * (R-SCR-1), in its own transaction after the registration's commits. The event
 * publication registry republishes an event whose handling failed; the intake is
 * idempotent, so a republished event does nothing the second time.
 */
@Component
class ArrivalEventHandler {

	private final ArrivalIntake intake;

	ArrivalEventHandler(ArrivalIntake intake) {
		this.intake = intake;
	}

	/**
	 * The id stored with every publication of this listener: fixed, so that moving or
	 * renaming the method never strands a publication still to be handled (RE3).
	 */
	static final String ARRIVAL = "screening.screen-arrival";

	@ApplicationModuleListener(id = ARRIVAL)
	void on(TravellerArrived arrival) {
		this.intake.screen(arrival);
	}

}
