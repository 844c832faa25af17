package org.fangkong.cases.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.cases.CaseClassification;
import org.fangkong.cases.Cases;
import org.fangkong.cases.Chains;
import org.fangkong.cases.ContactCandidates;
import org.fangkong.cases.ContactView;
import org.fangkong.cases.Contacts;
import org.fangkong.shared.CurrentActor;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases, close contacts and chains over JSON (issue #13 item 5). */
@RestController
@Tag(name = "Cases", description = "病例与密接 — cases, their close contacts found from the checkpoint log and the "
		+ "households, follow-up and the chains of transmission (R-CASE-1..3)")
class CaseApiController {

	private final Cases cases;

	private final ContactCandidates candidates;

	private final Contacts contacts;

	private final Chains chains;

	CaseApiController(Cases cases, ContactCandidates candidates, Contacts contacts, Chains chains) {
		this.cases = cases;
		this.candidates = candidates;
		this.contacts = contacts;
		this.chains = chains;
	}

	@PostMapping("/api/v1/cases")
	@Operation(summary = "Opens a case {personId, classification: SUSPECTED|CONFIRMED|ASYMPTOMATIC|DISCHARGED|DIED, "
			+ "onsetDate?} for a person of the screening records; 201; one case per person (investigators: "
			+ "commanders, medics, the HQ medical group)")
	ResponseEntity<Cases.CaseView> open(@RequestBody Cases.NewCase request) {
		Cases.CaseView opened = this.cases.open(CurrentActor.get(), request);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + opened.id())).body(opened);
	}

	@GetMapping("/api/v1/cases")
	@Operation(summary = "The cases of the caller's jurisdiction, newest first, ?page= (30 a page; investigators)")
	List<Cases.CaseView> list(@RequestParam(defaultValue = "0") int page) {
		return this.cases.list(CurrentActor.get(), page).rows();
	}

	@GetMapping("/api/v1/cases/{id}")
	@Operation(summary = "One case with its classification history, visits and contacts; audited; outside the "
			+ "caller's jurisdiction 404 (investigators)")
	Cases.CaseDetail get(@PathVariable long id) {
		return this.cases.detail(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/cases/{id}/classification")
	@Operation(summary = "A new classification {classification, note?}, kept in the history (investigators)")
	Cases.CaseView reclassify(@PathVariable long id, @RequestBody ClassificationRequest request) {
		return this.cases.reclassify(CurrentActor.get(), id, request.classification(), request.note());
	}

	@PutMapping("/api/v1/cases/{id}/source")
	@Operation(summary = "The likely source {sourceKind: UNKNOWN|IMPORTED|LOCAL|CONTACT, originClass?, "
			+ "originPlace?, onsetDate?}; IMPORTED needs the origin class (investigators)")
	Cases.CaseView source(@PathVariable long id, @RequestBody Cases.SourceInput request) {
		return this.cases.describe(CurrentActor.get(), id, request);
	}

	@PostMapping("/api/v1/cases/{id}/visits")
	@Operation(summary = "A place the case visited (流调) {place, visitedFrom, visitedUntil?, note?}; 201 "
			+ "(investigators)")
	ResponseEntity<Cases.VisitView> visit(@PathVariable long id, @RequestBody Cases.NewVisit request) {
		return ResponseEntity.status(201).body(this.cases.addVisit(CurrentActor.get(), id, request));
	}

	@GetMapping("/api/v1/cases/{id}/contact-candidates")
	@Operation(summary = "The close contacts the records propose, undecided ones: [{personId, reason: "
			+ "SAME_VEHICLE|SAME_TRIP|SAME_HOUSEHOLD|CHECKED_TOGETHER|MANUAL, registrationIds[], lastExposure, name, idNumber}] "
			+ "(investigators)")
	List<ContactCandidates.CandidateView> candidates(@PathVariable long id) {
		return this.candidates.candidates(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/cases/{id}/contact-candidates/{personId}/accept")
	@Operation(summary = "Accepts a candidate: put under the configured measure (centralised isolation, 14 days "
			+ "from the last exposure) in their grid; again changes nothing; 404 for a person not proposed "
			+ "(investigators)")
	ContactView accept(@PathVariable long id, @PathVariable long personId) {
		return this.contacts.accept(CurrentActor.get(), id, personId);
	}

	@PostMapping("/api/v1/cases/{id}/contact-candidates/{personId}/dismiss")
	@Operation(summary = "Dismisses a candidate; no longer proposed for this case (investigators)")
	ContactView dismiss(@PathVariable long id, @PathVariable long personId) {
		return this.contacts.dismiss(CurrentActor.get(), id, personId);
	}

	@PostMapping("/api/v1/cases/{id}/contacts")
	@Operation(summary = "Adds a contact by hand {personId, lastExposure, exposureType}, accepted and followed "
			+ "at once; 201 (investigators)")
	ResponseEntity<ContactView> addContact(@PathVariable long id, @RequestBody Contacts.NewContact request) {
		return ResponseEntity.status(201).body(this.contacts.add(CurrentActor.get(), id, request));
	}

	@GetMapping("/api/v1/chains")
	@Operation(summary = "The chains of transmission: {nodes: [{id, personId, caseId, name, category}], links: "
			+ "[{source, target, exposureType, lastExposure}]} of the cases opened ?from= ?until= (local dates, "
			+ "the last 30 days by default) ?townshipId= (investigators)")
	Chains.Chain chains(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate until,
			@RequestParam(required = false) Long townshipId) {
		return this.chains.chain(CurrentActor.get(), from, until, townshipId);
	}

	@GetMapping("/api/v1/contacts")
	@Operation(summary = "The accepted close contacts of the caller's area to follow, without the case they came "
			+ "from, ?page= (50 a page; grid workers, township officers and investigators)")
	List<ContactView> followed(@RequestParam(defaultValue = "0") int page) {
		return this.contacts.followed(CurrentActor.get(), page).rows();
	}

	record ClassificationRequest(CaseClassification classification, String note) {

	}

}
