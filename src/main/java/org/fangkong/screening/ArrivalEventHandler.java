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

	@ApplicationModuleListener
	void on(TravellerArrived arrival) {
		this.intake.screen(arrival);
	}

}
