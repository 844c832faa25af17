package org.fangkong.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One candidate per person, the strongest reason, every registration, the latest day. */
class CandidateRulesTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

	@Test
	void aPersonLinkedTwiceIsOneCandidateWithTheStrongestReasonAndTheLatestExposure() {
		List<CandidateRules.Candidate> candidates = CandidateRules
			.candidates(List.of(new CandidateRules.Proposal(7, ContactReason.SAME_HOUSEHOLD, null, MONDAY.plusDays(1)),
					new CandidateRules.Proposal(7, ContactReason.SAME_VEHICLE, 101L, MONDAY),
					new CandidateRules.Proposal(7, ContactReason.SAME_VEHICLE, 100L, MONDAY),
					new CandidateRules.Proposal(8, ContactReason.SAME_TRIP, null, MONDAY)), 1, Set.of());
		assertThat(candidates).containsExactly(
				new CandidateRules.Candidate(7, ContactReason.SAME_VEHICLE, List.of(100L, 101L), MONDAY.plusDays(1)),
				new CandidateRules.Candidate(8, ContactReason.SAME_TRIP, List.of(), MONDAY));
	}

	@Test
	void theCaseItselfAndPeopleAlreadyDecidedAreNotProposed() {
		List<CandidateRules.Candidate> candidates = CandidateRules
			.candidates(List.of(new CandidateRules.Proposal(1, ContactReason.SAME_VEHICLE, 5L, MONDAY),
					new CandidateRules.Proposal(2, ContactReason.SAME_HOUSEHOLD, null, MONDAY),
					new CandidateRules.Proposal(3, ContactReason.SAME_HOUSEHOLD, null, MONDAY)), 1, Set.of(2L));
		assertThat(candidates).extracting(CandidateRules.Candidate::personId).containsExactly(3L);
	}

}
