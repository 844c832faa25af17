package org.fangkong.screening;

import java.time.LocalDate;

import org.fangkong.shared.TravelMode;
import org.fangkong.shared.OriginClass;

/** The trip, exposure and health of a screened person, as reported (行程、接触史、健康状况). */
public record Trip(OriginClass originClass, String originPlace, LocalDate departureDate, LocalDate arrivalDate,
		TravelMode transportMode, String transportNumber, String stopovers, String companions, String exposure,
		String healthNote, String note) {

}
