package org.fangkong.screening.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.screening.Ledger;
import org.fangkong.screening.Ledger.LedgerFilter;
import org.fangkong.screening.LedgerExport;
import org.fangkong.screening.ImportBusyException;
import org.fangkong.screening.LedgerImport;
import org.fangkong.screening.Measure;
import org.fangkong.screening.ScreeningStatus;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.ReadsFromReplica;
import org.fangkong.shared.StagedUploads;
import org.fangkong.shared.OriginClass;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The ledger's pages (台账): the ledger with its filters, its export and template, and the
 * import with its dry run and commit. An htmx request gets only the table (which replaces
 * the table, never nests in it), a history restore the whole page, and the answer says
 * that it varies by {@code HX-Request}. A screening's own pages are
 * {@link ScreeningPageController}.
 */
@Controller
class LedgerPageController {

	private final Ledger ledger;

	private final LedgerExport export;

	private final LedgerImport imports;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	private final StagedUploads uploads;

	LedgerPageController(Ledger ledger, LedgerExport export, LedgerImport imports, Jurisdictions jurisdictions,
			Clock clock, StagedUploads uploads) {
		this.ledger = ledger;
		this.export = export;
		this.imports = imports;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
		this.uploads = uploads;
	}

	@ReadsFromReplica
	@GetMapping("/screening")
	String ledgerPage(@ModelAttribute("filter") FilterForm filter, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
			HttpServletResponse response) {
		Actor actor = CurrentActor.get();
		// The same URL answers a page or a fragment: caches must tell them apart.
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		model.addAttribute("page", this.ledger.page(actor, filter.toFilter()));
		model.addAttribute("nodes", ScreeningChoices.scopeNodes(this.jurisdictions, actor));
		model.addAttribute("pageBase", filter.link(true));
		model.addAttribute("sortBase", filter.link(false));
		ScreeningChoices.addChoices(model);
		// A history restore after a cache miss wants the whole page back, not the table.
		boolean fragment = "true".equals(htmx) && !"true".equals(historyRestore);
		model.addAttribute("htmx", fragment);
		return fragment ? "screening/ledger :: table" : "screening/ledger";
	}

	@ReadsFromReplica
	@GetMapping("/screening/export")
	ResponseEntity<byte[]> export(@ModelAttribute("filter") FilterForm filter) {
		byte[] workbook = this.export.export(CurrentActor.get(), filter.toFilter());
		LocalDate today = LocalDate.now(this.clock);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"ledger-" + today + ".xlsx\"; filename*=UTF-8''%E5%8F%B0%E8%B4%A6-" + today
							+ ".xlsx")
			.contentType(MediaType.parseMediaType(ScreeningApiController.XLSX))
			.body(workbook);
	}

	@GetMapping("/screening/template")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ledger-template.xlsx\"")
			.contentType(MediaType.parseMediaType(ScreeningApiController.XLSX))
			.body(this.export.template());
	}

	@GetMapping("/screening/import")
	String importForm() {
		return "screening/import";
	}

	@PostMapping("/screening/import")
	String importDryRun(@RequestParam("file") MultipartFile file, Model model, Locale locale) throws IOException {
		String token;
		try (InputStream in = file.getInputStream()) {
			token = this.uploads.stage(in);
		}
		try (InputStream in = this.uploads.open(token).orElseThrow()) {
			model.addAttribute("result", this.imports.importWorkbook(CurrentActor.get(), in, true, locale));
			model.addAttribute("token", token);
		}
		catch (InvalidInputException ex) {
			this.uploads.discard(token);
			model.addAttribute("fileError", ex.violations().get(0).messageKey());
			model.addAttribute("fileErrorArgs", ex.violations().get(0).args());
		}
		catch (ImportBusyException ex) {
			this.uploads.discard(token);
			model.addAttribute("fileError", ImportBusyException.MESSAGE_KEY);
		}
		return "screening/import";
	}

	@PostMapping("/screening/import/{token}/commit")
	String importCommit(@PathVariable String token, Model model, Locale locale) throws IOException {
		try (InputStream in = this.uploads.open(token).orElseThrow(() -> new NotFoundException("upload", token))) {
			model.addAttribute("result", this.imports.importWorkbook(CurrentActor.get(), in, false, locale));
			this.uploads.discard(token);
		}
		catch (ImportBusyException ex) {
			// Issue #9 item 3: the file stays for a second try once the other import
			// ends.
			model.addAttribute("fileError", ImportBusyException.MESSAGE_KEY);
		}
		catch (RuntimeException ex) {
			this.uploads.discard(token);
			throw ex;
		}
		return "screening/import";
	}

	/**
	 * The ledger's filters as the page sends them; {@code after} is the keyset cursor of
	 * the page, {@code page} its number, {@code q} the search box. The export button
	 * submits the same form to {@code /screening/export}, so it carries every field
	 * shown.
	 */
	record FilterForm(Long gridId, OriginClass originClass, Measure measure, ScreeningStatus status,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String sort, String dir, Integer page,
			String after, String q) {

		LedgerFilter toFilter() {
			return new LedgerFilter(this.gridId, this.originClass, this.measure, this.status, this.from, this.to,
					this.sort, "asc".equals(this.dir), (this.page != null) ? this.page : 0, 50, this.after, this.q);
		}

		/**
		 * The ledger's URL with every filter, dates included, and the sort when
		 * {@code withSort}: the base of the page links (which add the page) and of the
		 * sort links (which add the sort).
		 */
		String link(boolean withSort) {
			UriComponentsBuilder link = UriComponentsBuilder.fromPath("/screening");
			param(link, "gridId", this.gridId);
			param(link, "originClass", this.originClass);
			param(link, "measure", this.measure);
			param(link, "status", this.status);
			param(link, "from", this.from);
			param(link, "to", this.to);
			param(link, "q", this.q);
			if (withSort) {
				param(link, "sort", this.sort);
				param(link, "dir", this.dir);
			}
			return link.encode().build().toUriString();
		}

		private static void param(UriComponentsBuilder link, String name, Object value) {
			if (value != null && !value.toString().isBlank()) {
				link.queryParam(name, value);
			}
		}

	}

}
