package org.fangkong.medical;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.fangkong.screening.FeverReferralLookup;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Medical's answer to screening's {@link FeverReferralLookup} (issue #8 item 3): which
 * registrations and daily checks were referred for fever, and how the referrals stand.
 * Ids and states only; screening has scoped what it asks about.
 */
@Component
@Transactional(readOnly = true)
class ReferralsForScreening implements FeverReferralLookup {

	private final ReferralRepository referrals;

	ReferralsForScreening(ReferralRepository referrals) {
		this.referrals = referrals;
	}

	@Override
	public List<FeverReferral> referralsOf(Collection<Long> registrationIds, Collection<Long> dailyCheckIds) {
		List<FeverReferral> found = new ArrayList<>();
		if (!registrationIds.isEmpty()) {
			this.referrals.findBySourceAndSourceIdIn(ReferralSource.CHECKPOINT, registrationIds)
				.forEach((referral) -> found.add(toReferral(referral)));
		}
		if (!dailyCheckIds.isEmpty()) {
			this.referrals.findBySourceAndSourceIdIn(ReferralSource.DAILY_CHECK, dailyCheckIds)
				.forEach((referral) -> found.add(toReferral(referral)));
		}
		return found;
	}

	private static FeverReferral toReferral(Referral referral) {
		return new FeverReferral(referral.getId(), referral.getSource() == ReferralSource.DAILY_CHECK,
				referral.getSourceId(), referral.getStatus().name(), referral.getTemperature(),
				referral.getDetectedAt());
	}

}
