package org.fangkong.medical;

import org.fangkong.checkpoint.FeverDetected;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.screening.FeverReported;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns a fever found at a checkpoint (R-CP-5) or in a daily check into a referral for
 * the medics. The events stay in the event publication registry until these listeners
 * complete (RE3) and are handed to them again after a failure or a restart, so each
 * listener makes at most one referral per source (guarded by the unique key on
 * {@code referral (source, source_id)}).
 * <p>
 * The listener ids are stored with every publication: keep them when a method moves or is
 * renamed (V1_6_1 maps the earlier ids).
 */
@Component
class FeverEventHandler {

	static final String CHECKPOINT_FEVER = "medical.referral-for-checkpoint-fever";

	static final String DAILY_CHECK_FEVER = "medical.referral-for-daily-check-fever";

	private final ReferralRepository referrals;

	private final Jurisdictions jurisdictions;

	FeverEventHandler(ReferralRepository referrals, Jurisdictions jurisdictions) {
		this.jurisdictions = jurisdictions;
		this.referrals = referrals;
	}

	@ApplicationModuleListener(id = CHECKPOINT_FEVER)
	void on(FeverDetected fever) {
		if (!this.referrals.existsBySourceAndSourceId(ReferralSource.CHECKPOINT, fever.registrationId())) {
			this.referrals.save(new Referral(ReferralSource.CHECKPOINT, fever.registrationId(), fever.checkpointId(),
					fever.jurisdictionId(), this.jurisdictions.pathOf(fever.jurisdictionId()), fever.temperature(),
					fever.crossedAt()));
		}
	}

	@ApplicationModuleListener(id = DAILY_CHECK_FEVER)
	void on(FeverReported fever) {
		if (!this.referrals.existsBySourceAndSourceId(ReferralSource.DAILY_CHECK, fever.checkId())) {
			this.referrals.save(new Referral(ReferralSource.DAILY_CHECK, fever.checkId(), null, fever.gridId(),
					this.jurisdictions.pathOf(fever.gridId()), fever.temperature(), fever.checkedAt()));
		}
	}

}
