package org.fangkong.notice.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.notice.NewNotice;
import org.fangkong.notice.NoticeViews.NoticeLine;
import org.fangkong.notice.NoticeViews.NoticeView;
import org.fangkong.notice.Notices;
import org.fangkong.shared.CurrentActor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** HQ notices over JSON (issue #17 item 6). */
@RestController
@Tag(name = "Notices", description = "通知 — HQ notices and their acknowledgements (R-CMD-3)")
class NoticeApiController {

	private final Notices notices;

	NoticeApiController(Notices notices) {
		this.notices = notices;
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
