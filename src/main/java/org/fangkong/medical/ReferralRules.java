package org.fangkong.medical;

import java.util.EnumSet;
import java.util.Set;

import org.fangkong.screening.Measure;
import org.fangkong.shared.UnprocessableRequestException;

/**
 * The referral path as a state machine (issue #12 item 2), pure: which step each state
 * allows, and which measure of the screening ledger a state and outcome ask for.
 *
 * <pre>
 * OPEN ─receive─▶ RECEIVED ─outcome─▶ CONCLUDED ─admit─▶ ADMITTED ─discharge─▶ DISCHARGED
 *                                        ▲   │ outcome            │ outcome EXCLUDED|DISCHARGED
 *                                        └───┘ (re-classified)    └──────────────▶ DISCHARGED
 * </pre>
 *
 * A refused step is a {@link StepRefusedException} (422) thrown before anything changes.
 */
final class ReferralRules {

	/** The steps of the path. */
	enum Step {

		RECEIVE, OUTCOME, ADMIT, DISCHARGE

	}

	private static final Set<ReferralStatus> OUTCOME_FROM = EnumSet.of(ReferralStatus.RECEIVED,
			ReferralStatus.CONCLUDED, ReferralStatus.ADMITTED);

	private ReferralRules() {
	}

	/**
	 * Refuses {@code step} from {@code status} (with the referral's current
	 * {@code outcome}, null before one is given) unless the path allows it.
	 */
	static void require(Step step, ReferralStatus status, ReferralOutcome outcome) {
		boolean allowed = switch (step) {
			case RECEIVE -> status == ReferralStatus.OPEN;
			case OUTCOME -> OUTCOME_FROM.contains(status);
			case ADMIT -> status == ReferralStatus.CONCLUDED && outcome != null && outcome.needsBed();
			case DISCHARGE -> status == ReferralStatus.ADMITTED;
		};
		if (!allowed) {
			throw new StepRefusedException(step, status);
		}
	}

	/**
	 * The measure the screening ledger should hold for a referral in {@code status} with
	 * {@code outcome}, or null for no change: centralised isolation for a suspected or
	 * confirmed case in a bed, medical observation for that outcome, home monitoring once
	 * infection is excluded or the person is discharged.
	 */
	static Measure measureFor(ReferralStatus status, ReferralOutcome outcome) {
		if (status == ReferralStatus.DISCHARGED || outcome == ReferralOutcome.EXCLUDED) {
			return Measure.HOME_MONITORING;
		}
		if (outcome == ReferralOutcome.MEDICAL_OBSERVATION) {
			return Measure.MEDICAL_OBSERVATION;
		}
		if (status == ReferralStatus.ADMITTED
				&& (outcome == ReferralOutcome.SUSPECTED || outcome == ReferralOutcome.CONFIRMED)) {
			return Measure.CENTRALISED_ISOLATION;
		}
		return null;
	}

	/** A step the referral's state does not allow: 422, nothing changed. */
	static final class StepRefusedException extends UnprocessableRequestException {

		StepRefusedException(Step step, ReferralStatus status) {
			super(step + " is not allowed while the referral is " + status,
					"medical.refused." + step.name().toLowerCase(java.util.Locale.ROOT));
		}

	}

}
