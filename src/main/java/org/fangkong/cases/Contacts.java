package org.fangkong.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.fangkong.audit.AuditTrail;
import org.fangkong.screening.ContactTracing;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.NotFoundException;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investigator's decisions on contacts (issue #13 items 2, 3): a candidate accepted
 * or dismissed, a contact added by hand. An accepted contact is put at once under the
 * configured measure (centralised isolation by default) from the last exposure, in their
 * own grid, through screening's {@code contacts} interface; the grid's responsible cadres
 * follow them as they follow arrivals. Grid workers and township officers list the
 * contacts of their area, without the case.
 */
@Service
@Transactional
public class Contacts {

	public static final int PAGE_SIZE = 50;

	private final CaseAccess access;

	private final CaseContactRepository contacts;

	private final ContactCandidates candidates;

	private final ContactTracing tracing;

	private final CaseViews views;

	private final CaseSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	Contacts(CaseAccess access, CaseContactRepository contacts, ContactCandidates candidates, ContactTracing tracing,
			CaseViews views, CaseSettings settings, AuditTrail audit, Clock clock) {
		this.access = access;
		this.contacts = contacts;
		this.candidates = candidates;
		this.tracing = tracing;
		this.views = views;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Accepts a candidate: a contact under follow-up. Accepting twice changes nothing.
	 */
	public ContactView accept(Actor actor, long caseId, long personId) {
		return decide(actor, caseId, personId, ContactStatus.ACCEPTED);
	}

	/** Dismisses a candidate: no longer proposed for this case. */
	public ContactView dismiss(Actor actor, long caseId, long personId) {
		return decide(actor, caseId, personId, ContactStatus.DISMISSED);
	}

	private ContactView decide(Actor actor, long caseId, long personId, ContactStatus status) {
		CaseFile found = this.access.load(actor, caseId);
		CaseContact known = this.contacts.findByCaseIdAndPersonId(caseId, personId).orElse(null);
		if (known != null) {
			return view(known, actor);
		}
		CandidateRules.Candidate candidate = this.candidates.of(found)
			.stream()
			.filter((c) -> c.personId() == personId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("contact candidate", personId));
		ContactTracing.PersonRef person = this.tracing.person(personId)
			.orElseThrow(() -> new NotFoundException("person", personId));
		String registrations = candidate.registrationIds()
			.stream()
			.map(String::valueOf)
			.collect(Collectors.joining(","));
		CaseContact contact = new CaseContact(caseId, personId, person.gridId(), person.gridPath(), candidate.reason(),
				registrations.isEmpty() ? null : registrations, candidate.reason().name(), candidate.lastExposure(),
				status, Instant.now(this.clock), actor.username());
		return saved(contact, actor);
	}

	/** A contact added by hand (reason MANUAL), accepted at once. */
	public ContactView add(Actor actor, long caseId, NewContact input) {
		CaseFile found = this.access.load(actor, caseId);
		List<InvalidInputException.Violation> problems = new ArrayList<>();
		if (input.personId() == null) {
			problems.add(new InvalidInputException.Violation("personId", "validation.required"));
		}
		if (input.lastExposure() == null) {
			problems.add(new InvalidInputException.Violation("lastExposure", "validation.required"));
		}
		else if (input.lastExposure().isAfter(LocalDate.now(this.clock))) {
			problems.add(new InvalidInputException.Violation("lastExposure", "validation.cases.future"));
		}
		String exposure = Cases.trimmed(input.exposureType(), 40);
		if (exposure == null) {
			problems.add(new InvalidInputException.Violation("exposureType", "validation.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (input.personId() == found.getPersonId()) {
			throw InvalidInputException.of("personId", "validation.cases.samePerson");
		}
		ContactTracing.PersonRef person = this.tracing.person(input.personId())
			.orElseThrow(() -> InvalidInputException.of("personId", "validation.cases.noPerson"));
		if (this.contacts.findByCaseIdAndPersonId(caseId, person.id()).isPresent()) {
			throw InvalidInputException.of("personId", "validation.cases.contactExists");
		}
		CaseContact contact = new CaseContact(caseId, person.id(), person.gridId(), person.gridPath(),
				ContactReason.MANUAL, null, exposure, input.lastExposure(), ContactStatus.ACCEPTED,
				Instant.now(this.clock), actor.username());
		return saved(contact, actor);
	}

	private ContactView saved(CaseContact contact, Actor actor) {
		CaseContact saved = this.contacts.saveAndFlush(contact);
		if (saved.getStatus() == ContactStatus.ACCEPTED) {
			long screening = this.tracing.follow(saved.getPersonId(), this.settings.contactMeasure(),
					saved.getLastExposure(), this.settings.contactDays(), actor.username(),
					"密切接触者（" + saved.getExposureType() + "），末次接触 " + saved.getLastExposure());
			saved.followedBy(screening);
		}
		this.audit.record(CaseAudit.CONTACT_DECIDED, "case", saved.getCaseId(), AuditTrail.SUCCESS,
				saved.getStatus() + " person " + saved.getPersonId());
		return view(saved, actor);
	}

	private ContactView view(CaseContact contact, Actor actor) {
		return this.views.contacts(List.of(contact), actor, true).get(0);
	}

	/**
	 * The accepted contacts of the follower's area, newest first, a page at a time,
	 * without the case they came from; audited.
	 */
	@Transactional(readOnly = true)
	public ContactPage followed(Actor actor, int page) {
		this.access.requireFollower(actor);
		int number = Math.max(page, 0);
		List<CaseContact> rows = this.contacts.pageUnder(this.access.scopePath(actor), ContactStatus.ACCEPTED,
				PageRequest.of(number, PAGE_SIZE + 1));
		boolean hasNext = rows.size() > PAGE_SIZE;
		this.audit.record(CaseAudit.CONTACTS_READ, "contact", null, AuditTrail.SUCCESS, "page " + number);
		return new ContactPage(this.views.contacts(hasNext ? rows.subList(0, PAGE_SIZE) : rows, actor, false), number,
				hasNext);
	}

	/** How many accepted contacts the follower's area holds (the home card). */
	@Transactional(readOnly = true)
	public long count(Actor actor) {
		this.access.requireFollower(actor);
		return this.contacts.countUnder(this.access.scopePath(actor), ContactStatus.ACCEPTED);
	}

	/** A contact added by hand. */
	public record NewContact(Long personId, LocalDate lastExposure, String exposureType) {

	}

	public record ContactPage(List<ContactView> rows, int page, boolean hasNext) {

	}

}
