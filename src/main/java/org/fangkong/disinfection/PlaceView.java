package org.fangkong.disinfection;

import java.time.LocalDate;

/**
 * A place of the disinfection plan.
 *
 * @param frequencyDays the frequency that applies: the place's own, else its kind's
 * @param ownFrequency whether the place has a frequency of its own
 * @param closed whether a closure covers the given day (today for lists)
 */
public record PlaceView(long id, String name, PlaceKind kind, long jurisdictionId, String jurisdictionName,
		String address, Double latitude, Double longitude, int frequencyDays, boolean ownFrequency,
		LocalDate closedFrom, LocalDate closedUntil, String closureReason, boolean closed, boolean demo) {

}
