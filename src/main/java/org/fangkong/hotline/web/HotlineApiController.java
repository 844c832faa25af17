package org.fangkong.hotline.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.hotline.HotlineAnswers;
import org.fangkong.hotline.HotlineCalls;
import org.fangkong.shared.CurrentActor;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The hotline over JSON (issue #12 items 3, 5). */
@RestController
@Tag(name = "Hotline", description = "防治专线 — the call log and the answer knowledge base (R-MED-3)")
class HotlineApiController {

	private final HotlineCalls calls;

	private final HotlineAnswers answers;

	HotlineApiController(HotlineCalls calls, HotlineAnswers answers) {
		this.calls = calls;
		this.answers = answers;
	}

	@GetMapping("/api/v1/hotline/calls")
	@Operation(summary = "The calls inside the caller's jurisdiction, newest first (?followUps=true: the open "
			+ "follow-ups; ?page=, 50 a page); phones masked unless the role needs them (operators, commanders)")
	List<HotlineCalls.CallView> list(@RequestParam(defaultValue = "false") boolean followUps,
			@RequestParam(defaultValue = "0") int page) {
		return this.calls.list(CurrentActor.get(), followUps, page).rows();
	}

	@PostMapping("/api/v1/hotline/calls")
	@Operation(summary = "Log a call {callerName?, callerPhone?, category: SYMPTOMS|TRAVEL_RULES|SUPPLIES|"
			+ "COMPLAINT|OTHER, question, answer?, followUpNeeded, jurisdictionId?, refer, temperature?}; with "
			+ "refer a call about symptoms becomes a referral in the same step (201, operators)")
	ResponseEntity<HotlineCalls.CallView> log(@RequestBody HotlineCalls.NewCall call) {
		HotlineCalls.CallView logged = this.calls.log(CurrentActor.get(), call);
		return ResponseEntity.created(URI.create("/api/v1/hotline/calls/" + logged.id())).body(logged);
	}

	@GetMapping("/api/v1/hotline/calls/{id}")
	@Operation(summary = "One call (operators, commanders)")
	HotlineCalls.CallView get(@PathVariable long id) {
		return this.calls.get(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/hotline/calls/{id}/referral")
	@Operation(summary = "Refer a logged call about symptoms to the medics {temperature?}; 422 when referred "
			+ "already or not about symptoms (operators)")
	HotlineCalls.CallView refer(@PathVariable long id, @RequestBody(required = false) ReferRequest request) {
		return this.calls.refer(CurrentActor.get(), id, (request != null) ? request.temperature() : null);
	}

	@PostMapping("/api/v1/hotline/calls/{id}/follow-up")
	@Operation(summary = "The follow-up of a call is done; 422 when none is open (operators)")
	HotlineCalls.CallView followUp(@PathVariable long id) {
		return this.calls.followUpDone(CurrentActor.get(), id);
	}

	@GetMapping("/api/v1/hotline/answers")
	@Operation(summary = "Search the answer knowledge base by Chinese words or phrases ?q=, best first, at most "
			+ "10 (operators, commanders)")
	List<HotlineAnswers.AnswerView> answers(@RequestParam(required = false) String q) {
		return this.answers.search(CurrentActor.get(), q);
	}

	@PostMapping("/api/v1/hotline/answers")
	@Operation(summary = "Add an answer {category, question, answer, keywords?}; searchable at once (201, "
			+ "operators, commanders)")
	ResponseEntity<HotlineAnswers.AnswerView> addAnswer(@RequestBody HotlineAnswers.NewAnswer answer) {
		HotlineAnswers.AnswerView added = this.answers.add(CurrentActor.get(), answer);
		return ResponseEntity.status(201).body(added);
	}

	record ReferRequest(BigDecimal temperature) {

	}

}
