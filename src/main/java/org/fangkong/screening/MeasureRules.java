package org.fangkong.screening;

import java.time.LocalDate;

/**
 * How a measure may end (R-SCR-2, issue #9 item 2), for the guarded transitions of
 * {@link Screening}: a measure ends only by a release approved above the grid, once the
 * clock's today has reached the planned end. A lead check closes only an unchecked
 * handed-down lead that is not under a measure, and no change of measure (an import row
 * with 无) turns a measure into none. Pure: every fact comes in as an argument; a refusal
 * is a {@link TransitionRefusedException} thrown before anything changes.
 */
final class MeasureRules {

	private MeasureRules() {
	}

	/**
	 * The release: only under a measure, refused while {@code today} (the clock's) is
	 * before the planned end whatever {@code on} says; {@code on} (today when null) is on
	 * or after the planned end and never after today. Returns the release day.
	 */
	static LocalDate releaseDay(ScreeningStatus status, LocalDate plannedEnd, LocalDate today, LocalDate on) {
		if (status != ScreeningStatus.UNDER_MEASURE) {
			throw new TransitionRefusedException("status", "validation.notUnderMeasure");
		}
		LocalDate day = (on != null) ? on : today;
		if (today.isBefore(plannedEnd) || day.isBefore(plannedEnd)) {
			throw new ObservationNotOverException(plannedEnd);
		}
		if (day.isAfter(today)) {
			throw new TransitionRefusedException("releasedOn", "validation.release.future");
		}
		return day;
	}

	/**
	 * A lead check: {@code CONFIRMED_HERE} only records the check; a result that closes
	 * the screening is refused unless the lead was handed down, is not checked yet and
	 * the person is not under a measure (that measure ends by a release only).
	 */
	static void requireLeadCheck(ScreeningStatus status, LeadSource source, LeadCheck done, LeadCheck result) {
		if (result == LeadCheck.CONFIRMED_HERE) {
			return;
		}
		if (source != LeadSource.HANDED_DOWN) {
			throw new TransitionRefusedException("result", "validation.leadCheck.notHandedDown");
		}
		if (done != null) {
			throw new TransitionRefusedException("result", "validation.leadCheck.done");
		}
		if (status == ScreeningStatus.UNDER_MEASURE) {
			throw new TransitionRefusedException("result", "validation.leadCheck.underMeasure");
		}
	}

	/**
	 * A change of measure: a person under a measure is not put under none (an import row
	 * with 无): the measure ends by a release only.
	 */
	static void requireMeasureChange(ScreeningStatus status, Measure to) {
		if (status == ScreeningStatus.UNDER_MEASURE && to == Measure.NONE) {
			throw new TransitionRefusedException("measure", "validation.measure.endNeedsRelease");
		}
	}

}
