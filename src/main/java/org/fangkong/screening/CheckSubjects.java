package org.fangkong.screening;

import java.util.Optional;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.PersonalDataProtection;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person behind a daily-check fever, decrypted, for the medics (R-MED-1). Not scoped:
 * the caller has checked its own scope first. Only the modules allowed the
 * {@code subjects} interface may call it; pages never do.
 */
@Service
@NamedInterface("subjects")
@Transactional(readOnly = true)
public class CheckSubjects {

	private final DailyCheckRepository checks;

	private final ScreeningRepository screenings;

	private final PersonRepository persons;

	private final PersonalDataProtection protection;

	private final Jurisdictions jurisdictions;

	private final ScreeningCrossingRepository crossings;

	CheckSubjects(DailyCheckRepository checks, ScreeningRepository screenings, PersonRepository persons,
			PersonalDataProtection protection, Jurisdictions jurisdictions, ScreeningCrossingRepository crossings) {
		this.crossings = crossings;
		this.checks = checks;
		this.screenings = screenings;
		this.persons = persons;
		this.protection = protection;
		this.jurisdictions = jurisdictions;
	}

	public Optional<Subject> subjectOfCheck(long checkId) {
		return this.checks.findById(checkId)
			.flatMap((check) -> this.screenings.findById(check.getScreeningId()))
			.flatMap((screening) -> this.persons.findById(screening.getPersonId())
				.map((person) -> new Subject(screening.getId(), person.getName(),
						this.protection.decrypt(person.getIdNumberEnc()), this.protection.decrypt(person.getPhoneEnc()),
						this.jurisdictions.find(screening.getGridId()).map(JurisdictionView::name).orElse("?"))));
	}

	/**
	 * The screening a checkpoint registration reached (issue #8 item 3: a referral links
	 * to the person's record), if any.
	 */
	public Optional<Long> screeningOfRegistration(long registrationId) {
		return this.crossings.findByRegistrationId(registrationId).map(ScreeningCrossing::getScreeningId);
	}

	/** The person behind a daily-check fever. */
	public record Subject(long screeningId, String name, String idNumber, String phone, String gridName) {

	}

}
