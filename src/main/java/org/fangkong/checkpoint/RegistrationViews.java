package org.fangkong.checkpoint;

import org.fangkong.shared.Actor;
import org.fangkong.shared.Masking;
import org.fangkong.shared.PersonalDataProtection;

import org.springframework.stereotype.Component;

/**
 * Turns a stored registration into what an actor may see: the ID number and phone are
 * decrypted and, unless the actor's role sees full identifiers, masked (SECURITY.md AC5).
 * Shared by the write path, which answers the registration it stored, and the reads.
 */
@Component
class RegistrationViews {

	private final PersonalDataProtection protection;

	RegistrationViews(PersonalDataProtection protection) {
		this.protection = protection;
	}

	RegistrationView of(Registration r, Actor actor) {
		String idNumber = this.protection.decrypt(r.getIdNumberEnc());
		String phone = this.protection.decrypt(r.getPhoneEnc());
		boolean full = actor.seesFullIdentifiers();
		return new RegistrationView(r.getId(), r.getCheckpointId(), r.getDirection(), r.getIdType(),
				full ? idNumber : Masking.idNumber(idNumber), r.getName(), full ? phone : Masking.phone(phone),
				r.getOriginClass(), r.getOriginPlace(), r.getDestinationJurisdictionId(), r.getTravelMode(),
				r.getPlate(), r.getVehicleClass(), r.getPassengers(), r.getVehicleGroup(), r.getTemperature(),
				r.getHealthCode(), r.getOutcome(), r.getSource(), r.getCrossedAt(), r.getRecordedAt(), r.isLateEntry(),
				r.getRecordedBy());
	}

}
