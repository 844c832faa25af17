package org.fangkong.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fangkong.audit.AuditTrail;
import org.fangkong.checkpoint.VehicleCompanions;
import org.fangkong.screening.ContactTracing;
import org.fangkong.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The close contacts the records propose for a case (issue #13 item 2): the people
 * registered in the same vehicle group at a checkpoint (checkpoint's {@code contacts}
 * interface), those who came by the same train or flight number on the same day, the
 * members of the same household and those checked together with the case's person in the
 * 14 days before the case (screening's {@code contacts} interface), each with the reason,
 * the registrations and the last exposure. Not stored: proposed afresh on each read,
 * minus those already decided.
 */
@Service
@Transactional(readOnly = true)
public class ContactCandidates {

	private final CaseAccess access;

	private final CaseContactRepository contacts;

	private final ContactTracing tracing;

	private final VehicleCompanions vehicles;

	private final AuditTrail audit;

	private final Clock clock;

	ContactCandidates(CaseAccess access, CaseContactRepository contacts, ContactTracing tracing,
			VehicleCompanions vehicles, AuditTrail audit, Clock clock) {
		this.access = access;
		this.contacts = contacts;
		this.tracing = tracing;
		this.vehicles = vehicles;
		this.audit = audit;
		this.clock = clock;
	}

	/** The candidates of a case with the person's name, audited. */
	public List<CandidateView> candidates(Actor actor, long caseId) {
		CaseFile found = this.access.load(actor, caseId);
		List<CandidateRules.Candidate> candidates = of(found);
		Map<Long, ContactTracing.PersonRef> people = this.tracing
			.persons(candidates.stream().map(CandidateRules.Candidate::personId).toList());
		this.audit.record(CaseAudit.CONTACT_CANDIDATES_READ, "case", caseId, AuditTrail.SUCCESS,
				candidates.size() + " candidates");
		return candidates.stream().map((c) -> {
			ContactTracing.PersonRef person = people.get(c.personId());
			return new CandidateView(c.personId(), c.reason(), c.registrationIds(), c.lastExposure(),
					CaseViews.name(person), CaseViews.idNumber(person, actor));
		}).toList();
	}

	/** The candidates of a case, undecided ones only. */
	List<CandidateRules.Candidate> of(CaseFile found) {
		ZoneId zone = this.clock.getZone();
		List<CandidateRules.Proposal> proposals = new ArrayList<>();
		List<ContactTracing.Crossing> crossings = this.tracing.crossingsOf(found.getPersonId());
		List<VehicleCompanions.Companion> companions = this.vehicles
			.of(crossings.stream().map(ContactTracing.Crossing::registrationId).toList());
		Map<Long, Long> persons = this.tracing
			.personsOfRegistrations(companions.stream().map(VehicleCompanions.Companion::registrationId).toList());
		for (VehicleCompanions.Companion companion : companions) {
			Long person = persons.get(companion.registrationId());
			if (person != null) {
				proposals.add(new CandidateRules.Proposal(person, ContactReason.SAME_VEHICLE,
						companion.registrationId(), companion.crossedAt().atZone(zone).toLocalDate()));
			}
		}
		for (ContactTracing.TripMate mate : this.tracing.tripMates(found.getPersonId())) {
			proposals
				.add(new CandidateRules.Proposal(mate.personId(), ContactReason.SAME_TRIP, null, mate.arrivalDate()));
		}
		LocalDate atHome = found.getOpenedAt().atZone(zone).toLocalDate();
		for (long member : this.tracing.householdMembers(found.getPersonId())) {
			proposals.add(new CandidateRules.Proposal(member, ContactReason.SAME_HOUSEHOLD, null, atHome));
		}
		for (ContactTracing.CheckMate mate : this.tracing.checkedTogether(found.getPersonId(),
				found.getOpenedAt().minus(java.time.Duration.ofDays(14)))) {
			proposals.add(new CandidateRules.Proposal(mate.personId(), ContactReason.CHECKED_TOGETHER, null,
					mate.checkedAt().atZone(zone).toLocalDate()));
		}
		Set<Long> decided = new HashSet<>();
		this.contacts.findByCaseIdOrderById(found.getId()).forEach((c) -> decided.add(c.getPersonId()));
		return CandidateRules.candidates(proposals, found.getPersonId(), decided);
	}

	/**
	 * A candidate proposed to the investigator.
	 *
	 * @param personId the person of the screening records
	 * @param reason why they are proposed
	 * @param registrationIds the checkpoint registrations that link them to the case
	 * @param lastExposure the day they last met the case
	 */
	public record CandidateView(long personId, ContactReason reason, List<Long> registrationIds, LocalDate lastExposure,
			String name, String idNumber) {

	}

}
