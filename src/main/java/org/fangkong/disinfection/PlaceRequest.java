package org.fangkong.disinfection;

import java.time.LocalDate;

/**
 * A place of the plan as the planner enters it. {@code frequencyDays} (every how many
 * days; empty: the kind's default); {@code closedFrom}/{@code closedUntil}: a market
 * closure (R-ENV-2), both dates included.
 */
public record PlaceRequest(String name, String kind, Long jurisdictionId, String address, Double latitude,
		Double longitude, Integer frequencyDays, LocalDate closedFrom, LocalDate closedUntil, String closureReason) {

}
