package org.fangkong.roster.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.fangkong.roster.StaffImport;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.StagedUploads;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Excel import of the staff pool (issue #11 item 2), the page: every upload is a dry run
 * that shows the rows it would write and those it refuses; "write" commits the same file.
 * The API is {@link StaffImportApiController}.
 */
@Controller
class StaffImportController {

	private final StaffImport imports;

	private final StagedUploads uploads;

	private final MessageSource messages;

	StaffImportController(StaffImport imports, StagedUploads uploads, MessageSource messages) {
		this.imports = imports;
		this.uploads = uploads;
		this.messages = messages;
	}

	@GetMapping("/rosters/staff/import")
	String page() {
		return "roster/staff-import";
	}

	/**
	 * Always a dry run first: the file waits (one hour at most) for the "write" button,
	 * which commits the same file without sending it again.
	 */
	@PostMapping("/rosters/staff/import")
	String upload(@RequestParam(required = false) MultipartFile file, Model model, Locale locale) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", this.messages.getMessage("validation.required", null, locale));
			return "roster/staff-import";
		}
		String token;
		try (InputStream in = file.getInputStream()) {
			token = this.uploads.stage(in);
		}
		if (run(token, true, model, locale)) {
			model.addAttribute("token", token);
		}
		else {
			this.uploads.discard(token);
		}
		return "roster/staff-import";
	}

	@PostMapping("/rosters/staff/import/{token}/commit")
	String commit(@PathVariable String token, Model model, Locale locale) throws IOException {
		run(token, false, model, locale);
		this.uploads.discard(token);
		return "roster/staff-import";
	}

	/** Imports the staged file; false when the file is refused as a whole. */
	private boolean run(String token, boolean dryRun, Model model, Locale locale) throws IOException {
		try (InputStream in = this.uploads.open(token).orElseThrow(() -> new NotFoundException("upload", token))) {
			model.addAttribute("result", this.imports.importWorkbook(CurrentActor.get(), in, dryRun, locale));
			return true;
		}
		catch (InvalidInputException ex) {
			var v = ex.violations().get(0);
			model.addAttribute("fileError", this.messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale));
			return false;
		}
	}

}
