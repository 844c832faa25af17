package org.fangkong.cases;

import org.fangkong.medical.ReferralOutcome;
import org.fangkong.medical.ReferralOutcomes;
import org.fangkong.medical.ReferralProgressed;
import org.fangkong.screening.ContactTracing;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A CONFIRMED or SUSPECTED outcome opens a case (issue #13 item 1): after a referral's
 * step commits, the case of the referral's person is opened (its source the earlier case
 * whose contact the person was), or reclassified when the outcome changed. Idempotent: a
 * person has one case (unique key), and the same classification again changes nothing. A
 * referral without a person record (a caller to the hotline) opens no case.
 */
@Component
class CaseEventHandler {

	static final String CASE_FROM_OUTCOME = "cases.case-from-outcome";

	private final ReferralOutcomes outcomes;

	private final ContactTracing tracing;

	private final CaseFileRepository cases;

	private final CaseOpening opening;

	CaseEventHandler(ReferralOutcomes outcomes, ContactTracing tracing, CaseFileRepository cases, CaseOpening opening) {
		this.outcomes = outcomes;
		this.tracing = tracing;
		this.cases = cases;
		this.opening = opening;
	}

	@ApplicationModuleListener(id = CASE_FROM_OUTCOME)
	void on(ReferralProgressed progressed) {
		ReferralOutcomes.Outcome outcome = this.outcomes.of(progressed.referralId()).orElse(null);
		if (outcome == null || outcome.personId() == null) {
			return;
		}
		CaseClassification classification = classificationOf(outcome.outcome());
		if (classification == null) {
			return;
		}
		String by = (outcome.by() != null) ? outcome.by() : "system";
		String note = "referral " + outcome.referralId() + ": " + outcome.outcome();
		CaseFile known = this.cases.findByPersonId(outcome.personId()).orElse(null);
		if (known != null) {
			// a suspected case confirmed later; a confirmed case is not made suspected
			// again
			if (!(known.getClassification() == CaseClassification.CONFIRMED
					&& classification == CaseClassification.SUSPECTED)) {
				this.opening.reclassify(known, classification, by, note);
			}
			if (known.getReferralId() == null) {
				known.referral(outcome.referralId());
			}
			this.cases.save(known);
			return;
		}
		this.tracing.person(outcome.personId())
			.ifPresent((person) -> this.opening.open(person, classification, null, outcome.referralId(), by, note));
	}

	static CaseClassification classificationOf(ReferralOutcome outcome) {
		return switch (outcome) {
			case CONFIRMED -> CaseClassification.CONFIRMED;
			case SUSPECTED -> CaseClassification.SUSPECTED;
			default -> null;
		};
	}

}
