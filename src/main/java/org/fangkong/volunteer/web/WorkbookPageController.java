package org.fangkong.volunteer.web;

import java.io.IOException;

import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.volunteer.VolunteerWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The reserve's workbook on the pages (issue #15 item 1): export, and import with a dry
 * run.
 */
@Controller
class WorkbookPageController {

	private final VolunteerWorkbook workbook;

	WorkbookPageController(VolunteerWorkbook workbook) {
		this.workbook = workbook;
	}

	@GetMapping("/volunteers/export")
	ResponseEntity<byte[]> export() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("volunteers.xlsx").build().toString())
			.body(this.workbook.export(CurrentActor.get()));
	}

	@GetMapping("/volunteers/import")
	String form() {
		return "volunteer/import";
	}

	@PostMapping("/volunteers/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "validation.import.notXlsx");
			return "volunteer/import";
		}
		try {
			model.addAttribute("result",
					this.workbook.importWorkbook(CurrentActor.get(), file.getInputStream(), dryRun));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("fileError", ex.violations().get(0).messageKey());
		}
		return "volunteer/import";
	}

}
