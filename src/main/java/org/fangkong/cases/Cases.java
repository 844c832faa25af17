package org.fangkong.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fangkong.audit.AuditTrail;
import org.fangkong.screening.ContactTracing;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.OriginClass;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases (issue #13 item 1): opened by hand by an investigator, listed a page at a time,
 * read in full with their classification history, visits and contacts (every read
 * audited), reclassified, their source and investigation notes recorded.
 */
@Service
@Transactional
public class Cases {

	public static final int PAGE_SIZE = 30;

	private final CaseFileRepository cases;

	private final CaseClassificationRepository classifications;

	private final CaseVisitRepository visits;

	private final CaseContactRepository contacts;

	private final CaseOpening opening;

	private final CaseAccess access;

	private final CaseViews views;

	private final ContactTracing tracing;

	private final AuditTrail audit;

	private final Clock clock;

	Cases(CaseFileRepository cases, CaseClassificationRepository classifications, CaseVisitRepository visits,
			CaseContactRepository contacts, CaseOpening opening, CaseAccess access, CaseViews views,
			ContactTracing tracing, AuditTrail audit, Clock clock) {
		this.cases = cases;
		this.classifications = classifications;
		this.visits = visits;
		this.contacts = contacts;
		this.opening = opening;
		this.access = access;
		this.views = views;
		this.tracing = tracing;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Opens a case for a person of the screening records inside the investigator's
	 * jurisdiction; one case per person.
	 */
	public CaseView open(Actor actor, NewCase input) {
		this.access.requireInvestigator(actor);
		List<InvalidInputException.Violation> problems = new ArrayList<>();
		if (input.personId() == null) {
			problems.add(new InvalidInputException.Violation("personId", "validation.required"));
		}
		if (input.classification() == null) {
			problems.add(new InvalidInputException.Violation("classification", "validation.required"));
		}
		if (input.onsetDate() != null && input.onsetDate().isAfter(LocalDate.now(this.clock))) {
			problems.add(new InvalidInputException.Violation("onsetDate", "validation.cases.future"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		ContactTracing.PersonRef person = this.tracing.person(input.personId())
			.filter((p) -> this.access.covers(actor, p.gridPath()))
			.orElseThrow(() -> InvalidInputException.of("personId", "validation.cases.noPerson"));
		this.cases.findByPersonId(person.id()).ifPresent((known) -> {
			throw InvalidInputException.of("personId", "validation.cases.exists", known.getId());
		});
		CaseFile opened = this.opening.open(person, input.classification(), input.onsetDate(), null, actor.username(),
				null);
		this.audit.record(CaseAudit.CASE_OPENED, "case", opened.getId(), AuditTrail.SUCCESS, null);
		return this.views.caseView(opened, actor);
	}

	/** One case in full, audited. */
	@Transactional(readOnly = true)
	public CaseDetail detail(Actor actor, long id) {
		CaseFile found = this.access.load(actor, id);
		this.audit.record(CaseAudit.CASE_READ, "case", id, AuditTrail.SUCCESS, null);
		return new CaseDetail(this.views.caseView(found, actor),
				this.classifications.findByCaseIdOrderById(id)
					.stream()
					.map(CaseEntries.Classification::toView)
					.toList(),
				this.visits.findByCaseIdOrderByVisitedFrom(id).stream().map(CaseEntries.Visit::toView).toList(),
				this.views.contacts(this.contacts.findByCaseIdOrderById(id), actor, true));
	}

	/** The cases of the investigator's jurisdiction, newest first, a page at a time. */
	@Transactional(readOnly = true)
	public CasePage list(Actor actor, int page) {
		this.access.requireInvestigator(actor);
		int number = Math.max(page, 0);
		List<CaseFile> rows = this.cases.pageUnder(this.access.scopePath(actor), PageRequest.of(number, PAGE_SIZE + 1));
		boolean hasNext = rows.size() > PAGE_SIZE;
		this.audit.record(CaseAudit.CASES_LISTED, "case", null, AuditTrail.SUCCESS, "page " + number);
		return new CasePage(this.views.cases(hasNext ? rows.subList(0, PAGE_SIZE) : rows, actor), number, hasNext);
	}

	/** How many cases the investigator's jurisdiction holds (the home card). */
	@Transactional(readOnly = true)
	public long count(Actor actor) {
		this.access.requireInvestigator(actor);
		return this.cases.countUnder(this.access.scopePath(actor));
	}

	/** A new classification, kept in the history. */
	public CaseView reclassify(Actor actor, long id, CaseClassification classification, String note) {
		CaseFile found = this.access.load(actor, id);
		if (classification == null) {
			throw InvalidInputException.of("classification", "validation.required");
		}
		if (this.opening.reclassify(found, classification, actor.username(), trimmed(note, 500))) {
			this.audit.record(CaseAudit.CASE_CHANGED, "case", id, AuditTrail.SUCCESS, classification.name());
		}
		return this.views.caseView(found, actor);
	}

	/** The likely source and the onset date. */
	public CaseView describe(Actor actor, long id, SourceInput input) {
		CaseFile found = this.access.load(actor, id);
		CaseSource kind = (input.sourceKind() != null) ? input.sourceKind() : CaseSource.UNKNOWN;
		if (kind == CaseSource.IMPORTED && input.originClass() == null) {
			throw InvalidInputException.of("originClass", "validation.required");
		}
		if (input.onsetDate() != null && input.onsetDate().isAfter(LocalDate.now(this.clock))) {
			throw InvalidInputException.of("onsetDate", "validation.cases.future");
		}
		Long sourceCase = (kind == CaseSource.CONTACT) ? found.getSourceCaseId() : null;
		if (kind == CaseSource.CONTACT && sourceCase == null) {
			throw InvalidInputException.of("sourceKind", "validation.cases.noSourceCase");
		}
		found.source(kind, input.originClass(), trimmed(input.originPlace(), 100), sourceCase);
		found.onset(input.onsetDate());
		this.audit.record(CaseAudit.CASE_CHANGED, "case", id, AuditTrail.SUCCESS, "source " + kind);
		return this.views.caseView(found, actor);
	}

	/** A place the case visited (流调), from when to when. */
	public VisitView addVisit(Actor actor, long id, NewVisit input) {
		this.access.load(actor, id);
		List<InvalidInputException.Violation> problems = new ArrayList<>();
		String place = trimmed(input.place(), 200);
		if (place == null) {
			problems.add(new InvalidInputException.Violation("place", "validation.required"));
		}
		if (input.visitedFrom() == null) {
			problems.add(new InvalidInputException.Violation("visitedFrom", "validation.required"));
		}
		else if (input.visitedUntil() != null && input.visitedUntil().isBefore(input.visitedFrom())) {
			problems.add(new InvalidInputException.Violation("visitedUntil", "validation.cases.untilBeforeFrom"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		CaseEntries.Visit visit = this.visits.save(new CaseEntries.Visit(id, place, input.visitedFrom(),
				input.visitedUntil(), trimmed(input.note(), 500), Instant.now(this.clock), actor.username()));
		this.audit.record(CaseAudit.CASE_CHANGED, "case", id, AuditTrail.SUCCESS, "visit");
		return visit.toView();
	}

	/** The case opened for a person, for the investigator, if any. */
	@Transactional(readOnly = true)
	public Long caseOfPerson(Actor actor, long personId) {
		this.access.requireInvestigator(actor);
		return this.cases.findByPersonId(personId)
			.filter((c) -> this.access.covers(actor, c.getGridPath()))
			.map(CaseFile::getId)
			.orElseThrow(() -> new NotFoundException("case of person", personId));
	}

	/**
	 * The person of an ID number inside the investigator's jurisdiction, for the page's
	 * forms; a field error when the records hold no such person.
	 */
	@Transactional(readOnly = true)
	public long personByIdNumber(Actor actor, String field, String idNumber) {
		this.access.requireInvestigator(actor);
		return this.tracing.personByIdNumber(idNumber)
			.filter((p) -> this.access.covers(actor, p.gridPath()))
			.map(ContactTracing.PersonRef::id)
			.orElseThrow(() -> InvalidInputException.of(field, "validation.cases.noPerson"));
	}

	static String trimmed(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		return (value.length() > max) ? value.substring(0, max) : value;
	}

	/** A case opened by hand. */
	public record NewCase(Long personId, CaseClassification classification, LocalDate onsetDate) {

	}

	/** The likely source and the onset. */
	public record SourceInput(CaseSource sourceKind, OriginClass originClass, String originPlace, LocalDate onsetDate) {

	}

	/** A place visited. */
	public record NewVisit(String place, Instant visitedFrom, Instant visitedUntil, String note) {

	}

	public record CaseView(long id, long personId, String name, String idNumber, long gridId, String gridName,
			CaseClassification classification, LocalDate onsetDate, CaseSource sourceKind, OriginClass originClass,
			String originPlace, Long sourceCaseId, Long referralId, Instant openedAt, String openedBy) {

	}

	public record ClassificationView(CaseClassification classification, Instant changedAt, String changedBy,
			String note) {

	}

	public record VisitView(String place, Instant visitedFrom, Instant visitedUntil, String note, String recordedBy) {

	}

	public record CaseDetail(CaseView caseView, List<ClassificationView> classifications, List<VisitView> visits,
			List<ContactView> contacts) {

	}

	public record CasePage(List<CaseView> rows, int page, boolean hasNext) {

	}

}
