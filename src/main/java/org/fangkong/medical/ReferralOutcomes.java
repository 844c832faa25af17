package org.fangkong.medical;

import java.time.Instant;
import java.util.Optional;

import org.fangkong.screening.MedicalMeasures;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A referral's outcome and the person it is about (issue #13): the cases module opens a
 * case from a CONFIRMED or SUSPECTED outcome. Ids, the outcome and who gave it, nothing
 * personal; without an acting user, so only the modules allowed the {@code outcomes}
 * interface may call it (cases, from its listener of {@link ReferralProgressed}).
 */
@Service
@NamedInterface("outcomes")
@Transactional(readOnly = true)
public class ReferralOutcomes {

	private final ReferralRepository referrals;

	private final MeasureEventHandler screenings;

	private final MedicalMeasures measures;

	ReferralOutcomes(ReferralRepository referrals, MeasureEventHandler screenings, MedicalMeasures measures) {
		this.referrals = referrals;
		this.screenings = screenings;
		this.measures = measures;
	}

	/**
	 * The outcome of a referral that has one, with the screening person it is about
	 * ({@code null} for a caller to the hotline, who has no person record).
	 */
	public Optional<Outcome> of(long referralId) {
		return this.referrals.findById(referralId).filter((r) -> r.getOutcome() != null).map((r) -> {
			Long person = this.screenings.screeningOf(r).flatMap(this.measures::personOf).orElse(null);
			return new Outcome(r.getId(), r.getOutcome(), person, r.getJurisdictionId(), r.getOutcomeBy(),
					r.getOutcomeAt());
		});
	}

	/** A referral's outcome. */
	public record Outcome(long referralId, ReferralOutcome outcome, Long personId, long jurisdictionId, String by,
			Instant at) {

	}

}
