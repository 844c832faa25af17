package org.fangkong.medical;

import java.util.Optional;

import org.fangkong.screening.CheckSubjects;
import org.fangkong.screening.Measure;
import org.fangkong.screening.MedicalMeasures;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The outcome changes the person's measure in the screening ledger (issue #12 item 2):
 * after a referral's step commits, this listener asks screening's trusted entry point
 * {@link MedicalMeasures} for the measure {@link ReferralRules#measureFor} gives the
 * referral's state now, and marks the referral with the measure applied, in one
 * transaction. Idempotent: a repeated delivery finds the mark (and screening leaves a
 * screening already under the measure as it is). A referral whose person has no screening
 * (a traveller passing through, a caller to the hotline) changes no ledger.
 */
@Component
class MeasureEventHandler {

	static final String MEASURE = "medical.measure-for-outcome";

	private final ReferralRepository referrals;

	private final MedicalMeasures measures;

	private final CheckSubjects checkSubjects;

	MeasureEventHandler(ReferralRepository referrals, MedicalMeasures measures, CheckSubjects checkSubjects) {
		this.referrals = referrals;
		this.measures = measures;
		this.checkSubjects = checkSubjects;
	}

	@ApplicationModuleListener(id = MEASURE)
	void on(ReferralProgressed progressed) {
		Referral referral = this.referrals.findById(progressed.referralId()).orElse(null);
		if (referral == null) {
			return;
		}
		Measure measure = ReferralRules.measureFor(referral.getStatus(), referral.getOutcome());
		if (measure == null || measure.name().equals(referral.getMeasureApplied())) {
			return;
		}
		Optional<Long> screening = screeningOf(referral);
		if (screening.isEmpty()) {
			referral.measureApplied(null, MedicalMeasures.Result.NO_SCREENING.name());
			return;
		}
		String medic = lastMedic(referral);
		MedicalMeasures.Result result = this.measures.apply(screening.get(), measure, medic, null,
				"referral " + referral.getId() + ": " + referral.getOutcome() + " / " + referral.getStatus());
		referral.measureApplied(measure.name(), result.name());
		this.referrals.save(referral);
	}

	Optional<Long> screeningOf(Referral referral) {
		return switch (referral.getSource()) {
			case CHECKPOINT -> this.checkSubjects.screeningOfRegistration(referral.getSourceId());
			case DAILY_CHECK ->
				this.checkSubjects.subjectOfCheck(referral.getSourceId()).map(CheckSubjects.Subject::screeningId);
			case HOTLINE -> Optional.empty();
		};
	}

	private static String lastMedic(Referral referral) {
		if (referral.getDischargedBy() != null && referral.getStatus() == ReferralStatus.DISCHARGED) {
			return referral.getDischargedBy();
		}
		if (referral.getAdmittedBy() != null && referral.getStatus() == ReferralStatus.ADMITTED) {
			return referral.getAdmittedBy();
		}
		return (referral.getOutcomeBy() != null) ? referral.getOutcomeBy() : "system";
	}

}
