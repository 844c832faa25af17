package org.fangkong.reporting.web;

import org.fangkong.reporting.DailyReportExports.Export;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A report file as an attachment, for the pages and the API alike. */
final class Downloads {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	static ResponseEntity<byte[]> pdf(Export export) {
		return of(export, MediaType.APPLICATION_PDF);
	}

	static ResponseEntity<byte[]> xlsx(Export export) {
		return of(export, XLSX);
	}

	private static ResponseEntity<byte[]> of(Export export, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(export.fileName()).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(export.bytes());
	}

}
