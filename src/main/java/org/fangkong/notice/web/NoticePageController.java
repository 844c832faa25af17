package org.fangkong.notice.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.fangkong.notice.NewNotice;
import org.fangkong.notice.NoticeAttachments;
import org.fangkong.notice.NoticeViews;
import org.fangkong.notice.Notices;
import org.fangkong.notice.Urgency;
import org.fangkong.shared.Actor;
import org.fangkong.shared.CurrentActor;
import org.fangkong.shared.InvalidInputException;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notice pages: the list, the HQ's form, one notice with its acknowledgements. */
@Controller
class NoticePageController {

	private final Notices notices;

	private final NoticeAttachments attachments;

	NoticePageController(Notices notices, NoticeAttachments attachments) {
		this.notices = notices;
		this.attachments = attachments;
	}

	@GetMapping("/notices")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		int current = Math.max(0, page);
		var lines = this.notices.list(actor, current, 31);
		model.addAttribute("notices", lines.stream().limit(30).toList());
		model.addAttribute("paging", new Paging(current, lines.size() > 30));
		model.addAttribute("issuer", this.notices.issues(actor));
		return "notice/notices";
	}

	@GetMapping("/notices/new")
	String form(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("nodes", this.notices.nodes(actor).stream().filter((n) -> n.depth() <= 1).toList());
		model.addAttribute("units", this.notices.units());
		model.addAttribute("urgencies", Urgency.values());
		return "notice/new";
	}

	@PostMapping("/notices/new")
	String issue(NoticeForm form, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			RedirectAttributes redirect) throws IOException {
		try {
			long id = this.attachments.issue(CurrentActor.get(),
					new NewNotice(form.title(), form.text(), form.urgency(),
							(form.jurisdictionIds() != null) ? form.jurisdictionIds() : List.of(),
							(form.unitIds() != null) ? form.unitIds() : List.of()),
					uploads(files));
			redirect.addFlashAttribute("message", "notice.issued");
			return "redirect:/notices/" + id;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
			return "redirect:/notices/new";
		}
	}

	@GetMapping("/notices/{id}")
	String notice(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		NoticeViews.NoticeView notice = this.notices.get(actor, id);
		model.addAttribute("notice", notice);
		model.addAttribute("attachments", this.attachments.list(actor, id));
		model.addAttribute("mayAttach", this.attachments.mayAttach(actor, notice));
		return "notice/notice";
	}

	@PostMapping("/notices/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			this.attachments.attach(CurrentActor.get(), id, (file != null) ? file.getOriginalFilename() : null,
					(file != null) ? file.getBytes() : null);
			redirect.addFlashAttribute("message", "notice.attachment.added");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
		}
		return "redirect:/notices/" + id;
	}

	@GetMapping("/notices/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		return download(this.attachments.read(CurrentActor.get(), id, attachmentId));
	}

	/**
	 * An attachment as a download (never shown inline: the content is the sender's), with
	 * the type its content was recognised as.
	 */
	static ResponseEntity<byte[]> download(NoticeAttachments.AttachmentFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.kind().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(file.content());
	}

	private static List<NoticeAttachments.Upload> uploads(List<MultipartFile> files) throws IOException {
		List<NoticeAttachments.Upload> uploads = new ArrayList<>();
		for (MultipartFile file : (files != null) ? files : List.<MultipartFile>of()) {
			if (file != null && !file.isEmpty()) {
				uploads.add(new NoticeAttachments.Upload(file.getOriginalFilename(), file.getBytes()));
			}
		}
		return uploads;
	}

	@PostMapping("/notices/{id}/acknowledge")
	String acknowledge(@PathVariable long id, @RequestParam(required = false) Long addresseeId,
			RedirectAttributes redirect) {
		try {
			this.notices.acknowledge(CurrentActor.get(), id, addresseeId);
			redirect.addFlashAttribute("message", "notice.acknowledged");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.violations().get(0).messageKey());
		}
		return "redirect:/notices/" + id;
	}

	/** The notice form. */
	record NoticeForm(String title, String text, Urgency urgency, List<Long> jurisdictionIds, List<Long> unitIds) {

	}

	/** A page of the list, for the pager. */
	record Paging(int page, boolean hasNext) {

		public String next() {
			return null;
		}

	}

}
