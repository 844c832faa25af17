package org.fangkong.checkpoint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.fangkong.shared.IdType;
import org.fangkong.shared.OriginClass;
import org.fangkong.shared.PersonalDataProtection;
import org.fangkong.shared.TravelMode;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registered traveller in full, decrypted, for the modules that follow them up:
 * screening takes in an arrival (R-SCR-1), medical shows the person behind a fever
 * referral (R-CP-5). Not scoped: the caller has checked its own scope first. Only the
 * modules allowed the {@code subjects} interface may call it; pages never do.
 */
@Service
@NamedInterface("subjects")
@Transactional(readOnly = true)
public class RegistrationSubjects {

	private final RegistrationRepository registrations;

	private final PersonalDataProtection protection;

	RegistrationSubjects(RegistrationRepository registrations, PersonalDataProtection protection) {
		this.registrations = registrations;
		this.protection = protection;
	}

	public Optional<Subject> subject(long registrationId) {
		return this.registrations.findById(registrationId)
			.map((r) -> new Subject(r.getId(), r.getCheckpointId(), r.getIdType(),
					this.protection.decrypt(r.getIdNumberEnc()), r.getName(), this.protection.decrypt(r.getPhoneEnc()),
					r.getOriginClass(), r.getOriginPlace(), r.getDestinationJurisdictionId(), r.getTravelMode(),
					r.getPlate(), r.getTemperature(), r.getCrossedAt()));
	}

	/** A registered traveller in full. */
	public record Subject(long registrationId, long checkpointId, IdType idType, String idNumber, String name,
			String phone, OriginClass originClass, String originPlace, Long destinationJurisdictionId,
			TravelMode travelMode, String plate, BigDecimal temperature, Instant crossedAt) {

	}

}
