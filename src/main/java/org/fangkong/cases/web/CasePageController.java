package org.fangkong.cases.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.fangkong.cases.CaseAccess;
import org.fangkong.cases.CaseClassification;
import org.fangkong.cases.CaseSource;
import org.fangkong.cases.Cases;
import org.fangkong.cases.Chains;
import org.fangkong.cases.ContactCandidates;
import org.fangkong.cases.Contacts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.OriginClass;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The investigator's pages (issue #13 item 6): the case list a page at a time with the
 * form to open a case, a case with its candidates to accept or dismiss, the contacts, the
 * visits and the classification; the chains drawn with ECharts; and the contacts a grid
 * worker follows, without the cases.
 */
@Controller
class CasePageController {

	private final Cases cases;

	private final ContactCandidates candidates;

	private final Contacts contacts;

	private final Chains chains;

	private final CaseAccess access;

	private final Jurisdictions jurisdictions;

	private final ZoneId zone;

	CasePageController(Cases cases, ContactCandidates candidates, Contacts contacts, Chains chains, CaseAccess access,
			Jurisdictions jurisdictions, java.time.Clock clock) {
		this.cases = cases;
		this.candidates = candidates;
		this.contacts = contacts;
		this.chains = chains;
		this.access = access;
		this.jurisdictions = jurisdictions;
		this.zone = clock.getZone();
	}

	@GetMapping("/cases")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("list", this.cases.list(CurrentActor.get(), page));
		model.addAttribute("classifications", CaseClassification.values());
		return "cases/cases";
	}

	@PostMapping("/cases")
	String open(@RequestParam(required = false) String idNumber,
			@RequestParam(required = false) CaseClassification classification,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onsetDate,
			RedirectAttributes redirect) {
		try {
			long person = this.cases.personByIdNumber(CurrentActor.get(), "idNumber", idNumber);
			Cases.CaseView opened = this.cases.open(CurrentActor.get(),
					new Cases.NewCase(person, classification, onsetDate));
			redirect.addFlashAttribute("message", "cases.opened");
			return "redirect:/cases/" + opened.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
			return "redirect:/cases";
		}
	}

	@GetMapping("/cases/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("detail", this.cases.detail(CurrentActor.get(), id));
		model.addAttribute("candidates", this.candidates.candidates(CurrentActor.get(), id));
		model.addAttribute("classifications", CaseClassification.values());
		model.addAttribute("sources", CaseSource.values());
		model.addAttribute("origins", OriginClass.values());
		return "cases/case";
	}

	@PostMapping("/cases/{id}/candidates/{personId}/accept")
	String accept(@PathVariable long id, @PathVariable long personId, RedirectAttributes redirect) {
		return step(id, redirect, "cases.accepted", () -> this.contacts.accept(CurrentActor.get(), id, personId));
	}

	@PostMapping("/cases/{id}/candidates/{personId}/dismiss")
	String dismiss(@PathVariable long id, @PathVariable long personId, RedirectAttributes redirect) {
		return step(id, redirect, "cases.dismissed", () -> this.contacts.dismiss(CurrentActor.get(), id, personId));
	}

	@PostMapping("/cases/{id}/contacts")
	String addContact(@PathVariable long id, @RequestParam(required = false) String idNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastExposure,
			@RequestParam(required = false) String exposureType, RedirectAttributes redirect) {
		return step(id, redirect, "cases.contactAdded", () -> {
			long person = this.cases.personByIdNumber(CurrentActor.get(), "idNumber", idNumber);
			return this.contacts.add(CurrentActor.get(), id,
					new Contacts.NewContact(person, lastExposure, exposureType));
		});
	}

	@PostMapping("/cases/{id}/visits")
	String addVisit(@PathVariable long id, @RequestParam(required = false) String place,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime visitedFrom,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime visitedUntil,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(id, redirect, "cases.visitAdded",
				() -> this.cases.addVisit(CurrentActor.get(), id,
						new Cases.NewVisit(place,
								(visitedFrom != null) ? visitedFrom.atZone(this.zone).toInstant() : null,
								(visitedUntil != null) ? visitedUntil.atZone(this.zone).toInstant() : null, note)));
	}

	@PostMapping("/cases/{id}/classification")
	String reclassify(@PathVariable long id, @RequestParam(required = false) CaseClassification classification,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(id, redirect, "cases.saved",
				() -> this.cases.reclassify(CurrentActor.get(), id, classification, note));
	}

	@PostMapping("/cases/{id}/source")
	String source(@PathVariable long id, @RequestParam(required = false) CaseSource sourceKind,
			@RequestParam(required = false) OriginClass originClass, @RequestParam(required = false) String originPlace,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate onsetDate,
			RedirectAttributes redirect) {
		return step(id, redirect, "cases.saved", () -> this.cases.describe(CurrentActor.get(), id,
				new Cases.SourceInput(sourceKind, originClass, originPlace, onsetDate)));
	}

	@GetMapping("/cases/chains")
	String chains(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(required = false) Long townshipId, Model model) {
		Chains.Chain chain = this.chains.chain(CurrentActor.get(), from, until, townshipId);
		model.addAttribute("chain", chain);
		model.addAttribute("townships",
				this.jurisdictions.townshipsAndGrids()
					.stream()
					.filter((n) -> n.kind() == org.fangkong.jurisdiction.NodeKind.TOWNSHIP)
					.filter((n) -> this.jurisdictions.covers(CurrentActor.get(), n.id()))
					.toList());
		return "cases/chains";
	}

	@GetMapping("/cases/chains/data")
	@ResponseBody
	Chains.Chain chainData(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(required = false) Long townshipId) {
		return this.chains.chain(CurrentActor.get(), from, until, townshipId);
	}

	@GetMapping("/contacts")
	String followed(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("list", this.contacts.followed(CurrentActor.get(), page));
		model.addAttribute("investigates", this.access.investigates(CurrentActor.get()));
		return "cases/contacts";
	}

	private static String step(long id, RedirectAttributes redirect, String done, Supplier<?> step) {
		try {
			step.get();
			redirect.addFlashAttribute("message", done);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
		}
		return "redirect:/cases/" + id;
	}

}
