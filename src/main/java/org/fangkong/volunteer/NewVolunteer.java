package org.fangkong.volunteer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A volunteer to register (R-VOL-1): the birth date (or an ID number that gives it)
 * places them in an echelon; the medical echelon (R-VOL-2) is given, 1–3 or none; the
 * daily window, if any, is when they can be called. Without {@code jurisdictionId} they
 * belong to the registering user's node.
 */
public record NewVolunteer(String name, String unit, LocalDate birthDate, Set<VolunteerSkill> skills,
		Integer medicalEchelon, String phone, String idNumber, LocalTime availableFrom, LocalTime availableUntil,
		Long userId, Long jurisdictionId) {

	public NewVolunteer {
		skills = (skills == null || skills.isEmpty()) ? EnumSet.noneOf(VolunteerSkill.class) : EnumSet.copyOf(skills);
	}

}
