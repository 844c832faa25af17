package org.fangkong.publicity.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.publicity.ListPage;
import org.fangkong.publicity.ReleaseRequest;
import org.fangkong.publicity.ReleaseStatus;
import org.fangkong.publicity.ReleaseView;
import org.fangkong.publicity.Releases;
import org.fangkong.shared.CurrentActor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Releases over JSON (R-PUB-1, R-PUB-2). */
@RestController
@Tag(name = "Publicity", description = "宣传 — releases with approval (R-PUB-1, R-PUB-2)")
class ReleaseApiController {

	private final Releases releases;

	ReleaseApiController(Releases releases) {
		this.releases = releases;
	}

	@PostMapping("/api/v1/releases")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A new draft {title, body, channels: [TV|WEBSITE|WECHAT|DOUYIN|LOUDSPEAKER]} "
			+ "(publicity officers)")
	Map<String, Long> create(@RequestBody ReleaseRequest request) {
		return Map.of("id", this.releases.create(CurrentActor.get(), request));
	}

	@GetMapping("/api/v1/releases")
	@Operation(summary = "Releases inside the caller's jurisdiction, newest first, optionally of one status "
			+ "(publicity officers, commanders)")
	ListPage<ReleaseView> list(@RequestParam(required = false) ReleaseStatus status,
			@RequestParam(defaultValue = "0") int page) {
		return this.releases.list(CurrentActor.get(), status, page);
	}

	@GetMapping("/api/v1/releases/{id}")
	@Operation(summary = "One release; outside the caller's jurisdiction 404 (publicity officers, commanders)")
	ReleaseView get(@PathVariable long id) {
		return this.releases.get(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/releases/{id}/submit")
	@Operation(summary = "Submits a draft or a revised rejected release for approval (publicity officers); "
			+ "422 in any other state")
	ReleaseView submit(@PathVariable long id) {
		this.releases.submit(CurrentActor.get(), id);
		return this.releases.get(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/releases/{id}/approve")
	@Operation(summary = "Approves a submitted release: it becomes public (commanders only, R-PUB-2); "
			+ "422 when not submitted")
	ReleaseView approve(@PathVariable long id) {
		this.releases.approve(CurrentActor.get(), id);
		return this.releases.get(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/releases/{id}/reject")
	@Operation(summary = "Sends a submitted release back with reasons {reason} (commanders only); "
			+ "422 when not submitted")
	ReleaseView reject(@PathVariable long id, @RequestBody(required = false) Map<String, String> body) {
		this.releases.reject(CurrentActor.get(), id, (body != null) ? body.get("reason") : null);
		return this.releases.get(CurrentActor.get(), id);
	}

}
