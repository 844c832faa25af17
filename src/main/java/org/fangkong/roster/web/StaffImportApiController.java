package org.fangkong.roster.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import org.fangkong.roster.StaffImport;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Excel import of the staff pool over the API (issue #11 item 2), a dry run by default.
 */
@RestController
class StaffImportApiController {

	private final StaffImport imports;

	StaffImportApiController(StaffImport imports) {
		this.imports = imports;
	}

	@PostMapping("/api/v1/staff/import")
	@Operation(summary = "Import people of the pool from an .xlsx (field file; columns 姓名, 职级, 单位, 梯队, 村屯卡点编码, "
			+ "身份证号); dryRun (default true) writes nothing → {created, rejected:[{row, field, reason}], dryRun}")
	StaffImport.Result importApi(@RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun, Locale locale) throws IOException {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of("file", "validation.required");
		}
		try (InputStream in = file.getInputStream()) {
			return this.imports.importWorkbook(CurrentActor.get(), in, dryRun, locale);
		}
	}

}
