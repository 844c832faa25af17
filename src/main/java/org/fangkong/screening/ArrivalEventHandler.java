package org.fangkong.screening;

import org.fangkong.checkpoint.TravellerArrived;

import org.springframework.dao.DataIntegrityViolationException;
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
		screen(arrival);
	}

	/**
	 * Issue #8 item 1: two arrivals of one person at the same moment. The intake locks
	 * the person's row, so the second waits and finds the screening the first opened; but
	 * when the person is new, both insert them and the second loses on the unique
	 * identity (on PostgreSQL also on the one open screening per person). It is tried
	 * once more, in a new transaction, and then finds what the first made.
	 */
	void screen(TravellerArrived arrival) {
		try {
			this.intake.screen(arrival);
		}
		catch (DataIntegrityViolationException lostTheRace) {
			this.intake.screen(arrival);
		}
	}

}
