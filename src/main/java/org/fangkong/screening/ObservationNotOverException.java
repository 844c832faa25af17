package org.fangkong.screening;

import java.time.LocalDate;

/**
 * A release asked for before the planned end of the measure (R-SCR-2): the clock's today
 * decides, whatever release date the caller sends.
 */
class ObservationNotOverException extends TransitionRefusedException {

	private final LocalDate plannedEnd;

	ObservationNotOverException(LocalDate plannedEnd) {
		super("releasedOn", "validation.release.early", plannedEnd);
		this.plannedEnd = plannedEnd;
	}

	LocalDate plannedEnd() {
		return this.plannedEnd;
	}

}
