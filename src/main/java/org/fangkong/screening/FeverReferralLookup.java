package org.fangkong.screening;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * A port of screening, implemented by the module that refers fevers to the clinics
 * (medical, which depends on screening; screening does not depend on it): which of these
 * checkpoint registrations and daily checks were referred for fever, and how the referral
 * stands (issue #8 item 3, R-CP-5). Optional: without an implementation screening shows
 * no fever flag. Not scoped: screening asks only for the crossings and checks of
 * screenings it has loaded inside the actor's scope.
 */
public interface FeverReferralLookup {

	/**
	 * The referrals made from any of these checkpoint registrations or daily checks;
	 * empty collections ask nothing.
	 */
	List<FeverReferral> referralsOf(Collection<Long> registrationIds, Collection<Long> dailyCheckIds);

	/**
	 * A referral as screening sees it: {@code fromDailyCheck} tells whether
	 * {@code sourceId} is a daily check's id or a registration's; {@code status} is the
	 * referral's state ({@code OPEN}, {@code RECEIVED}, …), shown as the words of
	 * {@code referral.<status>}.
	 */
	record FeverReferral(long referralId, boolean fromDailyCheck, long sourceId, String status, BigDecimal temperature,
			Instant detectedAt) {

	}

}
