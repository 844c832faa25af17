package org.fangkong.screening;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fangkong.checkpoint.Registrations;
import org.fangkong.screening.FeverReferralLookup.FeverReferral;
import org.fangkong.screening.Screenings.FeverFlag;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Issue #8 item 3: fevers stay visible. For a page of screenings, the latest fever
 * referral of each — made from one of its checkpoint crossings or from a daily check at
 * or above the fever threshold — asked of the {@link FeverReferralLookup} if a module
 * provides one. A fixed number of queries for the whole page.
 */
@Component
class FeverFlags {

	private final ScreeningCrossingRepository crossings;

	private final DailyCheckRepository checks;

	private final ObjectProvider<FeverReferralLookup> lookup;

	private final ObjectProvider<Registrations> registrations;

	FeverFlags(ScreeningCrossingRepository crossings, DailyCheckRepository checks,
			ObjectProvider<FeverReferralLookup> lookup, ObjectProvider<Registrations> registrations) {
		this.crossings = crossings;
		this.checks = checks;
		this.lookup = lookup;
		this.registrations = registrations;
	}

	/** The flag of each screening that has a fever referral, by screening id. */
	Map<Long, FeverFlag> of(Collection<Long> screeningIds) {
		FeverReferralLookup referrals = this.lookup.getIfAvailable();
		Registrations threshold = this.registrations.getIfAvailable();
		if (referrals == null || threshold == null || screeningIds.isEmpty()) {
			return Collections.emptyMap();
		}
		Set<Long> ids = Set.copyOf(screeningIds);
		Map<Long, Long> byRegistration = this.crossings.findByScreeningIdIn(ids)
			.stream()
			.collect(Collectors.toMap(ScreeningCrossing::getRegistrationId, ScreeningCrossing::getScreeningId,
					(a, b) -> a));
		BigDecimal fever = threshold.feverThreshold();
		Map<Long, Long> byCheck = this.checks.findFeversOf(ids, fever)
			.stream()
			.collect(Collectors.toMap(DailyCheck::getId, DailyCheck::getScreeningId));
		if (byRegistration.isEmpty() && byCheck.isEmpty()) {
			return Collections.emptyMap();
		}
		List<FeverReferral> found = referrals.referralsOf(byRegistration.keySet(), byCheck.keySet());
		Map<Long, FeverFlag> flags = new HashMap<>();
		found.stream().sorted(Comparator.comparing(FeverReferral::detectedAt)).forEach((referral) -> {
			Long screening = referral.fromDailyCheck() ? byCheck.get(referral.sourceId())
					: byRegistration.get(referral.sourceId());
			if (screening != null) {
				flags.put(screening, new FeverFlag(referral.referralId(), referral.status(), referral.temperature(),
						referral.detectedAt()));
			}
		});
		return flags;
	}

}
