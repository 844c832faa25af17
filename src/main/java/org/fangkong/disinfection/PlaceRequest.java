package org.fangkong.disinfection;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A place of the plan as the planner enters it. {@code frequencyDays} (every how many
 * days; empty: the kind's default); {@code closedFrom}/{@code closedUntil}: a market
 * closure (R-ENV-2), both dates included.
 */
public record PlaceRequest(String name, String kind, Long jurisdictionId, String address, Double latitude,
		Double longitude, Integer frequencyDays, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedUntil, String closureReason) {

}
