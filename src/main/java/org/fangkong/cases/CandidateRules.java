package org.fangkong.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pure rule that turns the records' proposals into the investigator's candidates: one
 * candidate per person, the strongest reason (vehicle, then trip, then household), every
 * registration that links them, the latest exposure; never the case's own person nor a
 * person already accepted or dismissed.
 */
final class CandidateRules {

	private CandidateRules() {
	}

	static List<Candidate> candidates(Collection<Proposal> proposals, long casePerson, Set<Long> decided) {
		Map<Long, Candidate> by = new LinkedHashMap<>();
		for (Proposal proposal : proposals) {
			if (proposal.personId() == casePerson || decided.contains(proposal.personId())) {
				continue;
			}
			Candidate known = by.get(proposal.personId());
			if (known == null) {
				TreeSet<Long> registrations = new TreeSet<>();
				if (proposal.registrationId() != null) {
					registrations.add(proposal.registrationId());
				}
				by.put(proposal.personId(), new Candidate(proposal.personId(), proposal.reason(),
						List.copyOf(registrations), proposal.exposure()));
				continue;
			}
			TreeSet<Long> registrations = new TreeSet<>(known.registrationIds());
			if (proposal.registrationId() != null) {
				registrations.add(proposal.registrationId());
			}
			ContactReason reason = (proposal.reason().ordinal() < known.reason().ordinal()) ? proposal.reason()
					: known.reason();
			LocalDate last = latest(known.lastExposure(), proposal.exposure());
			by.put(proposal.personId(), new Candidate(proposal.personId(), reason, List.copyOf(registrations), last));
		}
		return new ArrayList<>(by.values());
	}

	private static LocalDate latest(LocalDate a, LocalDate b) {
		if (a == null) {
			return b;
		}
		return (b != null && b.isAfter(a)) ? b : a;
	}

	/** One link the records make between the case's person and another person. */
	record Proposal(long personId, ContactReason reason, Long registrationId, LocalDate exposure) {

	}

	/** A person proposed to the investigator. */
	record Candidate(long personId, ContactReason reason, List<Long> registrationIds, LocalDate lastExposure) {

	}

}
