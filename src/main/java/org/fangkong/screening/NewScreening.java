package org.fangkong.screening;

import java.time.LocalDate;

/**
 * A screening as a grid worker or an import reports it. Coded values arrive as text,
 * checked field by field. {@code measure} and {@code measureStart} are optional: the rule
 * for the origin class, from the arrival date.
 *
 * @param gridId the grid (village or community) or a household below it
 */
public record NewScreening(String name, String sex, String idType, String idNumber, String phone,
		String householdAddress, String currentAddress, Long gridId, String leadSource, String originClass,
		String originPlace, LocalDate departureDate, LocalDate arrivalDate, String transportMode,
		String transportNumber, String stopovers, String companions, String exposure, String healthNote, String measure,
		LocalDate measureStart, String note) {

}
