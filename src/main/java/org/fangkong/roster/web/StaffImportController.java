package org.fangkong.roster.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.fangkong.roster.StaffImport;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Excel import of the staff pool (issue #11 item 2), the page: a dry run unless "write"
 * is ticked; the API is {@link StaffImportApiController}.
 */
@Controller
class StaffImportController {

	private final StaffImport imports;

	private final MessageSource messages;

	StaffImportController(StaffImport imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/rosters/staff/import")
	String page() {
		return "roster/staff-import";
	}

	@PostMapping("/rosters/staff/import")
	String upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean commit, Model model, Locale locale) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", this.messages.getMessage("validation.required", null, locale));
			return "roster/staff-import";
		}
		try (InputStream in = file.getInputStream()) {
			model.addAttribute("result", this.imports.importWorkbook(CurrentActor.get(), in, !commit, locale));
		}
		catch (InvalidInputException ex) {
			var v = ex.violations().get(0);
			model.addAttribute("fileError", this.messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale));
		}
		return "roster/staff-import";
	}

}
