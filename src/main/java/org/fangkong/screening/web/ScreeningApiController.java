package org.fangkong.screening.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.screening.DailyChecks;
import org.fangkong.screening.LeadCheck;
import org.fangkong.screening.Ledger;
import org.fangkong.screening.Ledger.LedgerFilter;
import org.fangkong.screening.LedgerExport;
import org.fangkong.screening.ImportBusyException;
import org.fangkong.screening.LedgerImport;
import org.fangkong.screening.Measure;
import org.fangkong.screening.NewScreening;
import org.fangkong.screening.Persons;
import org.fangkong.screening.ResponsibleCadres;
import org.fangkong.screening.ScreeningStatus;
import org.fangkong.screening.Screenings;
import org.fangkong.screening.Screenings.ScreeningView;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.OriginClass;
import org.fangkong.shared.ReadsFromReplica;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Persons and screenings over JSON (issue #4): scoped to the caller's jurisdiction,
 * masked by role.
 */
@RestController
@Tag(name = "Screening",
		description = "排查 — persons, screenings, daily checks, releases, the ledger (R-SCR-1 … R-SCR-4)")
class ScreeningApiController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Screenings screenings;

	private final Persons persons;

	private final DailyChecks checks;

	private final ResponsibleCadres cadres;

	private final Ledger ledger;

	private final LedgerExport export;

	private final LedgerImport imports;

	private final MessageSource messages;

	ScreeningApiController(Screenings screenings, Persons persons, DailyChecks checks, ResponsibleCadres cadres,
			Ledger ledger, LedgerExport export, LedgerImport imports, MessageSource messages) {
		this.messages = messages;
		this.screenings = screenings;
		this.persons = persons;
		this.checks = checks;
		this.cadres = cadres;
		this.ledger = ledger;
		this.export = export;
		this.imports = imports;
	}

	@GetMapping("/api/v1/persons")
	@Operation(summary = "Persons found by ID number inside the caller's jurisdiction (audited search)")
	List<PersonJson> persons(@RequestParam String idNumber) {
		return this.persons.findByIdNumber(CurrentActor.get(), idNumber).stream().map(PersonJson::of).toList();
	}

	@GetMapping("/api/v1/persons/{id}")
	@Operation(
			summary = "One person with their latest screening; full identifiers only for roles that need them, audited")
	PersonJson person(@PathVariable long id) {
		return PersonJson.of(this.persons.person(CurrentActor.get(), id));
	}

	@PostMapping("/api/v1/persons/{id}/merge")
	@Operation(summary = "Merge a duplicate person into this one; every screening moves, the merge is audited")
	ResponseEntity<Void> merge(@PathVariable long id, @RequestBody MergeRequest request) {
		if (request.duplicateId() == null) {
			throw InvalidInputException.of("duplicateId", "validation.required");
		}
		this.persons.merge(CurrentActor.get(), id, request.duplicateId());
		return ResponseEntity.noContent().build();
	}

	@ReadsFromReplica
	@GetMapping("/api/v1/screenings")
	@Operation(summary = "The ledger: filtered, searched (`q`: name, ID number or its last 4 or 6 characters, phone; "
			+ "audited), sorted (arrivalDate, measureEnd, name, createdAt, status) and paged; "
			+ "pass a page's `next` as `after` for the following page (keyset), or a page number")
	Ledger.LedgerPage list(@RequestParam(required = false) Long gridId,
			@RequestParam(required = false) OriginClass originClass, @RequestParam(required = false) Measure measure,
			@RequestParam(required = false) ScreeningStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "desc") String dir,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@RequestParam(required = false) String after, @RequestParam(required = false) String q) {
		return this.ledger.page(CurrentActor.get(), new LedgerFilter(gridId, originClass, measure, status, from, to,
				sort, "asc".equalsIgnoreCase(dir), page, size, after, q));
	}

	@PostMapping("/api/v1/screenings")
	@Operation(
			summary = "Report a screening (found by the grid, handed down, self-reported); the person is found or created")
	ResponseEntity<ScreeningView> create(@RequestBody NewScreening request) {
		ScreeningView created = this.screenings.create(CurrentActor.get(), request);
		return ResponseEntity.created(URI.create("/api/v1/screenings/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/screenings/{id}")
	@Operation(summary = "One screening with its checks, history and chain of responsibility")
	Screenings.Detail get(@PathVariable long id) {
		return this.screenings.detail(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/screenings/{id}/checks")
	@Operation(summary = "Record a daily check; a fever refers the person to the medics")
	ResponseEntity<Screenings.CheckView> check(@PathVariable long id, @RequestBody Screenings.CheckInput request) {
		return ResponseEntity.status(201).body(this.checks.recordCheck(CurrentActor.get(), id, request));
	}

	@PostMapping("/api/v1/screenings/{id}/release")
	@Operation(
			summary = "Release from the measure (township officer, HQ staff or commander), not before its planned end")
	ScreeningView release(@PathVariable long id, @RequestBody(required = false) ReleaseRequest request) {
		return this.screenings.release(CurrentActor.get(), id, (request != null) ? request.releasedOn() : null);
	}

	@PostMapping("/api/v1/screenings/{id}/lead-check")
	@Operation(summary = "Record the grid's check of a handed-down lead")
	ScreeningView leadCheck(@PathVariable long id, @RequestBody LeadCheckRequest request) {
		if (request.result() == null) {
			throw InvalidInputException.of("result", "validation.required");
		}
		return this.screenings.checkLead(CurrentActor.get(), id, request.result());
	}

	@PostMapping("/api/v1/screenings/{id}/responsible")
	@Operation(summary = "Name another responsible cadre for this person at one level of the chain")
	ResponseEntity<Void> responsible(@PathVariable long id, @RequestBody ResponsibleRequest request) {
		if (request.level() == null) {
			throw InvalidInputException.of("level", "validation.required");
		}
		this.cadres.overrideResponsible(CurrentActor.get(), id, request.level(), request.name(), request.title(),
				request.phone());
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/api/v1/screenings/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import an .xlsx ledger: dryRun=true reports what would change and every rejected row")
	LedgerImport.ImportResult importWorkbook(@RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun, Locale locale) throws IOException {
		return this.imports.importWorkbook(CurrentActor.get(), file.getInputStream(), dryRun, locale);
	}

	/**
	 * Issue #9 item 3: the caller's previous import still runs: 429 with Retry-After,
	 * nothing changed.
	 */
	@ExceptionHandler(ImportBusyException.class)
	ResponseEntity<ProblemDetail> importBusy(ImportBusyException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				this.messages.getMessage(ImportBusyException.MESSAGE_KEY, null, locale));
		problem.setTitle(HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ReadsFromReplica
	@GetMapping("/api/v1/screenings/export")
	@Operation(summary = "The ledger as .xlsx with the list's filters, search and sort: the import template's columns, "
			+ "then status, planned end, responsible cadre and grid name (audited)")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Long gridId,
			@RequestParam(required = false) OriginClass originClass, @RequestParam(required = false) Measure measure,
			@RequestParam(required = false) ScreeningStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "desc") String dir,
			@RequestParam(required = false) String q) {
		byte[] workbook = this.export.export(CurrentActor.get(), new LedgerFilter(gridId, originClass, measure, status,
				from, to, sort, "asc".equalsIgnoreCase(dir), 0, 50, null, q));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ledger.xlsx\"")
			.contentType(MediaType.parseMediaType(XLSX))
			.body(workbook);
	}

	/** A person as the persons API answers (issue #4 contract). */
	record PersonJson(long id, String name, String sex, String idNumberMasked, String idNumber, String phone,
			Screenings.NodeRef grid, Measure measure, LocalDate measureStart, LocalDate measureEnd,
			ScreeningStatus status, List<ResponsibleJson> responsible, Long screeningId) {

		static PersonJson of(ScreeningView view) {
			return new PersonJson(view.personId(), view.name(), view.sex(), view.idNumberMasked(), view.idNumber(),
					view.phone(), view.grid(), view.measure(), view.measureStart(), view.measureEnd(), view.status(),
					view.responsible()
						.stream()
						.map((r) -> new ResponsibleJson(r.level(), r.name(), r.title(), r.phone()))
						.toList(),
					(view.id() > 0) ? view.id() : null);
		}

	}

	record ResponsibleJson(NodeKind level, String name, String title, String phone) {

	}

	record MergeRequest(Long duplicateId) {

	}

	record ReleaseRequest(LocalDate releasedOn) {

	}

	record LeadCheckRequest(LeadCheck result) {

	}

	record ResponsibleRequest(NodeKind level, String name, String title, String phone) {

	}

}
