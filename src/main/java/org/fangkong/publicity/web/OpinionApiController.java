package org.fangkong.publicity.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.publicity.IncidentRequest;
import org.fangkong.publicity.IncidentView;
import org.fangkong.publicity.ListPage;
import org.fangkong.publicity.OpinionIncidents;
import org.fangkong.shared.CurrentActor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Public-opinion incidents over JSON (R-PUB-3). */
@RestController
@Tag(name = "Publicity")
class OpinionApiController {

	private final OpinionIncidents incidents;

	OpinionApiController(OpinionIncidents incidents) {
		this.incidents = incidents;
	}

	@GetMapping("/api/v1/opinion/incidents")
	@Operation(summary = "Opinion incidents inside the caller's jurisdiction, open ones first "
			+ "(publicity officers, commanders)")
	ListPage<IncidentView> list(@RequestParam(defaultValue = "0") int page) {
		return this.incidents.list(CurrentActor.get(), page);
	}

	@PostMapping("/api/v1/opinion/incidents")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Records an incident {source: WEIBO|WECHAT|DOUYIN|FORUM|NEWS|OTHER, link, summary, "
			+ "risk: LOW|MEDIUM|HIGH, rumour} (publicity officers, commanders)")
	Map<String, Long> report(@RequestBody IncidentRequest request) {
		return Map.of("id", this.incidents.report(CurrentActor.get(), request));
	}

	@GetMapping("/api/v1/opinion/incidents/{id}")
	@Operation(summary = "One incident with its actions; outside the caller's jurisdiction 404")
	IncidentView get(@PathVariable long id) {
		return this.incidents.get(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/opinion/incidents/{id}/actions")
	@Operation(summary = "Records a handling action {action, status: HANDLING|CLOSED}")
	IncidentView act(@PathVariable long id, @RequestBody Map<String, String> body) {
		this.incidents.act(CurrentActor.get(), id, body.get("action"), body.get("status"));
		return this.incidents.get(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/opinion/incidents/{id}/rebuttal")
	@Operation(summary = "Links the approved release that rebutted the rumour {releaseId}; "
			+ "a release not approved is refused (400)")
	IncidentView rebut(@PathVariable long id, @RequestBody Map<String, Long> body) {
		this.incidents.rebut(CurrentActor.get(), id, body.get("releaseId"));
		return this.incidents.get(CurrentActor.get(), id);
	}

}
