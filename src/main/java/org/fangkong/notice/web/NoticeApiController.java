package org.fangkong.notice.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.notice.NewNotice;
import org.fangkong.notice.NoticeViews.NoticeLine;
import org.fangkong.notice.NoticeViews.NoticeView;
import org.fangkong.notice.NoticeAttachments;
import org.fangkong.notice.Notices;
import org.fangkong.shared.CurrentActor;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RestController;

/** HQ notices over JSON (issue #17 item 6). */
@RestController
@Tag(name = "Notices", description = "通知 — HQ notices and their acknowledgements (R-CMD-3)")
class NoticeApiController {

	private final Notices notices;

	private final NoticeAttachments attachments;

	NoticeApiController(Notices notices, NoticeAttachments attachments) {
		this.notices = notices;
		this.attachments = attachments;
	}

	@PostMapping(path = "/api/v1/notices/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Attach a file (multipart part 'file': PDF, JPEG, PNG, .docx or .xlsx, recognised by its"
			+ " content; at most 10 MB and 5 a notice) to a notice of the caller's HQ")
	NoticeAttachments.AttachmentView attach(@PathVariable long id, @RequestParam("file") MultipartFile file)
			throws java.io.IOException {
		return this.attachments.attach(CurrentActor.get(), id, file.getOriginalFilename(), file.getBytes());
	}

	@GetMapping("/api/v1/notices/{id}/attachments")
	@Operation(summary = "The attachments of a notice the caller may read")
	List<NoticeAttachments.AttachmentView> attachments(@PathVariable long id) {
		return this.attachments.list(CurrentActor.get(), id);
	}

	@GetMapping("/api/v1/notices/{id}/attachments/{attachmentId}")
	@Operation(summary = "One attachment's file, as a download, for whoever may read the notice")
	org.springframework.http.ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		return NoticePageController.download(this.attachments.read(CurrentActor.get(), id, attachmentId));
	}

	@PostMapping("/api/v1/notices")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a notice to jurisdiction nodes and/or work units (commanders, HQ staff)")
	Map<String, Long> issue(@RequestBody NewNotice notice) {
		return Map.of("id", this.notices.issue(CurrentActor.get(), notice));
	}

	@GetMapping("/api/v1/notices")
	@Operation(summary = "The notices addressed to the caller's node and, for the HQ, those issued in its jurisdiction")
	List<NoticeLine> list(@RequestParam(defaultValue = "0") int page) {
		return this.notices.list(CurrentActor.get(), Math.max(0, page), 50);
	}

	@GetMapping("/api/v1/notices/{id}")
	@Operation(summary = "One notice with its addressees, each with acknowledged and when")
	NoticeView get(@PathVariable long id) {
		return this.notices.get(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/notices/{id}/acknowledge")
	@Operation(summary = "Acknowledge the notice for the caller's node; the HQ may name a work unit's addressee"
			+ " (addresseeId) to record its acknowledgement")
	NoticeView acknowledge(@PathVariable long id, @RequestBody(required = false) Acknowledgement body) {
		return this.notices.acknowledge(CurrentActor.get(), id, (body != null) ? body.addresseeId() : null);
	}

	/** Whose acknowledgement: none for the caller's own node. */
	record Acknowledgement(Long addresseeId) {

	}

}
