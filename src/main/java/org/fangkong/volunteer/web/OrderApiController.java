package org.fangkong.volunteer.web;

import java.net.URI;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fangkong.shared.CurrentActor;
import org.fangkong.volunteer.Dispatch;
import org.fangkong.volunteer.DispatchQueries;
import org.fangkong.volunteer.NewOrder;
import org.fangkong.volunteer.OrderStatus;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HQ's orders over JSON (issue #15 items 3 and 6): a step the order's state does not
 * allow is a 409 problem with the reason.
 */
@RestController
@Tag(name = "Volunteers")
class OrderApiController {

	private final Dispatch dispatch;

	private final DispatchQueries queries;

	OrderApiController(Dispatch dispatch, DispatchQueries queries) {
		this.dispatch = dispatch;
		this.queries = queries;
	}

	@PostMapping("/api/v1/orders")
	@Operation(summary = "Issue an order {task, jurisdictionId | latitude+longitude, from, to, needed, skills[], "
			+ "teamId | echelon | volunteerIds[]}; it is offered to the available people who fit. 201 {id, status}")
	ResponseEntity<Dispatch.Issued> issue(@RequestBody NewOrder body) {
		Dispatch.Issued issued = this.dispatch.issue(CurrentActor.get(), body);
		return ResponseEntity.created(URI.create("/api/v1/orders/" + issued.id())).body(issued);
	}

	@GetMapping("/api/v1/orders")
	@Operation(summary = "Orders, 50 a page, optionally of one status: the HQ's in its jurisdiction, a volunteer's "
			+ "those offered to them")
	DispatchQueries.OrderPage list(@RequestParam(required = false) OrderStatus status,
			@RequestParam(defaultValue = "0") int page) {
		return this.queries.list(CurrentActor.get(), status, page);
	}

	@GetMapping("/api/v1/orders/{id}")
	@Operation(summary = "One order {id, status: ISSUED|FILLED|IN_PROGRESS|DONE|CANCELLED, …} with its people and "
			+ "steps (who, when)")
	DispatchQueries.OrderView get(@PathVariable long id) {
		return this.queries.get(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/orders/{id}/accept")
	@Operation(summary = "Take a seat of an order offered to the caller; 409 when every seat is taken")
	Map<String, Object> accept(@PathVariable long id) {
		return answer(id, this.dispatch.accept(CurrentActor.get(), id));
	}

	@PostMapping("/api/v1/orders/{id}/decline")
	@Operation(summary = "Decline an order offered to the caller")
	Map<String, Object> decline(@PathVariable long id) {
		return answer(id, this.dispatch.decline(CurrentActor.get(), id));
	}

	@PostMapping("/api/v1/orders/{id}/check-in")
	@Operation(summary = "Check in on arrival (the order must be filled)")
	Map<String, Object> checkIn(@PathVariable long id) {
		return answer(id, this.dispatch.checkIn(CurrentActor.get(), id));
	}

	@PostMapping("/api/v1/orders/{id}/complete")
	@Operation(summary = "Complete the caller's part with {note}; the last one done makes the order DONE")
	Map<String, Object> complete(@PathVariable long id, @RequestBody(required = false) Note body) {
		return answer(id, this.dispatch.complete(CurrentActor.get(), id, (body != null) ? body.note() : null));
	}

	@PostMapping("/api/v1/orders/{id}/cancel")
	@Operation(summary = "Call off an open order (the HQ of its jurisdiction)")
	Map<String, Object> cancel(@PathVariable long id) {
		return answer(id, this.dispatch.cancel(CurrentActor.get(), id));
	}

	private static Map<String, Object> answer(long id, OrderStatus status) {
		return Map.of("id", id, "status", status);
	}

	/** A completion note. */
	record Note(String note) {

	}

}
