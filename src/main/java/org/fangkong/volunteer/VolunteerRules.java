package org.fangkong.volunteer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fangkong.shared.ContactRules;
import org.fangkong.shared.FieldRules;
import org.fangkong.shared.IdType;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.ResidentIdNumber;

/**
 * The rules of a volunteer's record, shared by the form, the API and the import (UP4):
 * every broken rule reported at once, nothing changed.
 */
final class VolunteerRules {

	private VolunteerRules() {
	}

	static Valid check(NewVolunteer input, LocalDate today, EchelonRule echelons) {
		List<Violation> violations = new ArrayList<>();
		String name = FieldRules.text(input.name(), "name", 50, true, violations);
		String unit = FieldRules.text(input.unit(), "unit", 100, false, violations);
		String idNumber = IdType.normalise(FieldRules.text(input.idNumber(), "idNumber", 18, false, violations));
		if (idNumber != null && !ResidentIdNumber.isValid(idNumber, today)) {
			violations.add(new Violation("idNumber", "validation.idNumber"));
			idNumber = null;
		}
		LocalDate birthDate = input.birthDate();
		if (birthDate == null && idNumber != null) {
			birthDate = ResidentIdNumber.birthDate(idNumber);
		}
		if (birthDate == null) {
			violations.add(new Violation("birthDate", "validation.required"));
		}
		else if (!echelons.oldEnough(birthDate, today)) {
			violations.add(new Violation("birthDate", "volunteer.validation.tooYoung", echelons.minAge()));
		}
		else if (idNumber != null && !birthDate.equals(ResidentIdNumber.birthDate(idNumber))) {
			violations.add(new Violation("birthDate", "volunteer.validation.birthDateNotId"));
		}
		String phone = FieldRules.text(input.phone(), "phone", 11, false, violations);
		if (phone != null && !ContactRules.isMobile(phone)) {
			violations.add(new Violation("phone", "validation.phone"));
		}
		if (input.medicalEchelon() != null && (input.medicalEchelon() < 1 || input.medicalEchelon() > 3)) {
			violations.add(new Violation("medicalEchelon", "validation.range", 1, 3));
		}
		if ((input.availableFrom() == null) != (input.availableUntil() == null)) {
			violations.add(new Violation("availableUntil", "volunteer.validation.window"));
		}
		else if (input.availableFrom() != null && input.availableFrom().equals(input.availableUntil())) {
			violations.add(new Violation("availableUntil", "volunteer.validation.window"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Valid(name, unit, birthDate, input.skills(), input.medicalEchelon(), phone, idNumber,
				input.availableFrom(), input.availableUntil(), input.userId(),
				(input.jurisdictionId() != null) ? input.jurisdictionId() : 0L);
	}

	/** A record that passed the rules. */
	record Valid(String name, String unit, LocalDate birthDate, Set<VolunteerSkill> skills, Integer medicalEchelon,
			String phone, String idNumber, LocalTime availableFrom, LocalTime availableUntil, Long userId,
			long jurisdictionId) {

	}

}
