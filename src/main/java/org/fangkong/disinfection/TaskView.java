package org.fangkong.disinfection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A disinfection task: one place on one day, to be done before {@code dueBy} (the due
 * date plus the place's frequency); after that it is overdue.
 */
public record TaskView(long id, long placeId, String placeName, PlaceKind kind, String jurisdictionName,
		LocalDate dueDate, LocalDate dueBy, TaskStatus status, boolean overdue, Instant completedAt, String completedBy,
		String team, String agent, Integer areaM2, boolean photo) {

}
