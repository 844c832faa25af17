package org.fangkong.screening;

import java.time.LocalDate;

/**
 * A screening as a grid worker or an import reports it. Coded values arrive as text,
 * checked field by field. {@code measure} and {@code measureStart} are optional: the rule
 * for the origin class, from the arrival date.
 *
 * @param gridId the grid (village or community) or a household below it
 * @param longitude with {@code latitude}: the point of the person's home, dropped as a
 * pin on the form's map (issue #14 item 4); optional, both or neither, WGS 84 degrees in
 * range
 */
public record NewScreening(String name, String sex, String idType, String idNumber, String phone,
		String householdAddress, String currentAddress, Long gridId, String leadSource, String originClass,
		String originPlace, LocalDate departureDate, LocalDate arrivalDate, String transportMode,
		String transportNumber, String stopovers, String companions, String exposure, String healthNote, String measure,
		LocalDate measureStart, String note, Double longitude, Double latitude) {

	/** A report without a point (imports, checkpoints). */
	public NewScreening(String name, String sex, String idType, String idNumber, String phone, String householdAddress,
			String currentAddress, Long gridId, String leadSource, String originClass, String originPlace,
			LocalDate departureDate, LocalDate arrivalDate, String transportMode, String transportNumber,
			String stopovers, String companions, String exposure, String healthNote, String measure,
			LocalDate measureStart, String note) {
		this(name, sex, idType, idNumber, phone, householdAddress, currentAddress, gridId, leadSource, originClass,
				originPlace, departureDate, arrivalDate, transportMode, transportNumber, stopovers, companions,
				exposure, healthNote, measure, measureStart, note, null, null);
	}

}
