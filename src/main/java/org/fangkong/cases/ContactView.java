package org.fangkong.cases;

import java.time.LocalDate;

/**
 * A close contact as a user sees them. For those who follow contacts without seeing cases
 * (grid workers, township officers) {@code caseId} and {@code reason} are null.
 *
 * @param screeningId the screening that follows them up in their grid
 * @param measure the measure of that screening
 * @param followUntil the planned end of the measure
 */
public record ContactView(long id, Long caseId, long personId, String name, String idNumber, long gridId,
		String gridName, ContactReason reason, String exposureType, LocalDate lastExposure, ContactStatus status,
		Long screeningId, String measure, LocalDate followUntil) {

}
