package org.fangkong.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.fangkong.screening.ContactTracing;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Opens a case and keeps its classification history, for the investigator's form and for
 * the referral outcome alike. A person who was accepted as a close contact of an earlier
 * case gets that case as the source (the chain's next generation). Every history line
 * publishes {@link CaseClassified}.
 */
@Component
class CaseOpening {

	private final CaseFileRepository cases;

	private final CaseClassificationRepository classifications;

	private final CaseContactRepository contacts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CaseOpening(CaseFileRepository cases, CaseClassificationRepository classifications, CaseContactRepository contacts,
			Clock clock, ApplicationEventPublisher events) {
		this.cases = cases;
		this.classifications = classifications;
		this.contacts = contacts;
		this.clock = clock;
		this.events = events;
	}

	CaseFile open(ContactTracing.PersonRef person, CaseClassification classification, LocalDate onset, Long referralId,
			String by, String note) {
		CaseFile opened = new CaseFile(person.id(), person.gridId(), person.gridPath(), classification, onset,
				referralId, Instant.now(this.clock), by);
		this.contacts.findFirstByPersonIdAndStatusOrderByDecidedAt(person.id(), ContactStatus.ACCEPTED)
			.ifPresent((contact) -> opened.source(CaseSource.CONTACT, null, null, contact.getCaseId()));
		CaseFile saved = this.cases.saveAndFlush(opened);
		record(saved, classification, by, note);
		return saved;
	}

	/** A new classification with its history line; the same one again changes nothing. */
	boolean reclassify(CaseFile found, CaseClassification classification, String by, String note) {
		if (found.getClassification() == classification) {
			return false;
		}
		found.classify(classification);
		record(found, classification, by, note);
		return true;
	}

	private void record(CaseFile found, CaseClassification classification, String by, String note) {
		Instant at = Instant.now(this.clock);
		this.classifications.save(new CaseEntries.Classification(found.getId(), classification, at, by, note));
		this.events.publishEvent(
				new CaseClassified(found.getId(), found.getPersonId(), found.getGridId(), classification, at));
	}

}
