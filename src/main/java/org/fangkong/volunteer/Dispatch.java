package org.fangkong.volunteer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.FieldRules;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HQ's orders and the answers of the people they go to (issue #15 item 3): the HQ or
 * a township issues an order to a team, an echelon or named people; the platform proposes
 * the available people who fit (each gets an offer); they accept or decline, check in on
 * arrival and complete with a note. Every step is kept with who and when. A step the
 * order's state does not allow is refused with {@link OrderRefusedException} (409).
 */
@Service
@Transactional
public class Dispatch {

	static final int MAX_OFFERS = 300;

	private final OrderRepository orders;

	private final AssignmentRepository assignments;

	private final StepRepository steps;

	private final Volunteers volunteers;

	private final VolunteerRepository volunteerRows;

	private final OrderRules rules;

	private final Availability availability;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	Dispatch(OrderRepository orders, AssignmentRepository assignments, StepRepository steps, Volunteers volunteers,
			VolunteerRepository volunteerRows, OrderRules rules, Availability availability, Jurisdictions jurisdictions,
			Clock clock) {
		this.orders = orders;
		this.assignments = assignments;
		this.steps = steps;
		this.volunteers = volunteers;
		this.volunteerRows = volunteerRows;
		this.rules = rules;
		this.availability = availability;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	/**
	 * Issues an order and offers it to the available people who fit: the addressed team's
	 * members, the echelon's people (today's ages) or the named people, inside the
	 * issuer's jurisdiction, with every skill asked for, not under a measure and not busy
	 * in another order then. Answers the order with its offers.
	 */
	public Issued issue(Actor actor, NewOrder input) {
		VolunteerAccess.requireDispatcher(actor);
		OrderRules.Valid valid = this.rules.validate(actor, input);
		Instant now = Instant.now(this.clock);
		DispatchOrder order = this.orders
			.save(new DispatchOrder(valid, this.jurisdictions.pathOf(valid.jurisdictionId()), actor.username(), now));
		List<Volunteer> fit = this.rules.candidates(actor, valid, input.volunteerIds())
			.stream()
			.filter((v) -> v.skillSet().containsAll(valid.skills()))
			.toList();
		List<Volunteer> offered = this.availability.available(fit, valid.from(), valid.to(), this.clock.getZone())
			.stream()
			.limit(MAX_OFFERS)
			.toList();
		this.assignments
			.saveAll(offered.stream().map((v) -> new DispatchAssignment(order.getId(), v.getId())).toList());
		this.steps.save(new DispatchStep(order.getId(), null, OrderAction.ISSUED, actor.username(), now,
				offered.size() + "/" + fit.size()));
		return new Issued(order.getId(), OrderStatus.ISSUED, offered.size());
	}

	/**
	 * The caller takes a seat of an order offered to them. Of two people taking the last
	 * seat at once exactly one gets it; the other is refused ("all seats are taken").
	 */
	public OrderStatus accept(Actor actor, long orderId) {
		Mine mine = mine(actor, orderId);
		refuseIf(OrderTransitions.accept(mine.order().getStatus(), mine.assignment().getState()));
		Volunteer me = this.volunteerRows.findById(mine.assignment().getVolunteerId()).orElseThrow();
		DispatchOrder order = mine.order();
		if (!this.availability.unavailable(List.of(me), order.getFromAt(), order.getToAt()).isEmpty()) {
			throw new OrderRefusedException("order.refused.unavailable");
		}
		Instant now = Instant.now(this.clock);
		if (this.orders.takeSeat(orderId) == 0) {
			throw new OrderRefusedException(
					refusal(orderId, mine.assignment().getId(), OrderTransitions::accept, "order.refused.full"));
		}
		moveMine(mine, List.of(AssignmentState.OFFERED, AssignmentState.DECLINED), AssignmentState.ACCEPTED, now, null);
		step(orderId, mine.volunteerId(), OrderAction.ACCEPTED, actor, now, null);
		DispatchOrder after = this.orders.findById(orderId).orElseThrow();
		if (after.getStatus() == OrderStatus.FILLED) {
			step(orderId, null, OrderAction.FILLED, actor, now, null);
		}
		return after.getStatus();
	}

	/** The caller declines an order offered to them (before accepting it). */
	public OrderStatus decline(Actor actor, long orderId) {
		Mine mine = mine(actor, orderId);
		refuseIf(OrderTransitions.decline(mine.order().getStatus(), mine.assignment().getState()));
		Instant now = Instant.now(this.clock);
		moveMine(mine, List.of(AssignmentState.OFFERED), AssignmentState.DECLINED, now, null);
		step(orderId, mine.volunteerId(), OrderAction.DECLINED, actor, now, null);
		return mine.order().getStatus();
	}

	/** The caller arrives: the first check-in starts the order (FILLED → IN_PROGRESS). */
	public OrderStatus checkIn(Actor actor, long orderId) {
		Mine mine = mine(actor, orderId);
		refuseIf(OrderTransitions.checkIn(mine.order().getStatus(), mine.assignment().getState()));
		Instant now = Instant.now(this.clock);
		moveMine(mine, List.of(AssignmentState.ACCEPTED), AssignmentState.CHECKED_IN, now, null);
		step(orderId, mine.volunteerId(), OrderAction.CHECKED_IN, actor, now, null);
		if (this.orders.move(orderId, List.of(OrderStatus.FILLED.name()), OrderStatus.IN_PROGRESS.name(), now) == 1) {
			step(orderId, null, OrderAction.STARTED, actor, now, null);
			return OrderStatus.IN_PROGRESS;
		}
		return statusOf(orderId);
	}

	/**
	 * The caller is done, with a note; when every accepted person is done the order is
	 * DONE.
	 */
	public OrderStatus complete(Actor actor, long orderId, String note) {
		List<Violation> violations = new ArrayList<>();
		String text = FieldRules.text(note, "note", 500, false, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Mine mine = mine(actor, orderId);
		refuseIf(OrderTransitions.complete(mine.order().getStatus(), mine.assignment().getState()));
		Instant now = Instant.now(this.clock);
		moveMine(mine, List.of(AssignmentState.CHECKED_IN), AssignmentState.DONE, now, text);
		step(orderId, mine.volunteerId(), OrderAction.COMPLETED, actor, now, text);
		if (this.assignments.countUnfinished(orderId) == 0 && this.orders.move(orderId,
				List.of(OrderStatus.IN_PROGRESS.name()), OrderStatus.DONE.name(), now) == 1) {
			step(orderId, null, OrderAction.DONE, actor, now, null);
			return OrderStatus.DONE;
		}
		return statusOf(orderId);
	}

	/** The HQ calls off an open order in its jurisdiction. */
	public OrderStatus cancel(Actor actor, long orderId) {
		DispatchOrder order = loadForDispatcher(actor, orderId);
		refuseIf(OrderTransitions.cancel(order.getStatus()));
		Instant now = Instant.now(this.clock);
		if (this.orders.move(orderId,
				List.of(OrderStatus.ISSUED.name(), OrderStatus.FILLED.name(), OrderStatus.IN_PROGRESS.name()),
				OrderStatus.CANCELLED.name(), now) == 0) {
			refuseIf(OrderTransitions.cancel(statusOf(orderId)));
		}
		step(orderId, null, OrderAction.CANCELLED, actor, now, null);
		return OrderStatus.CANCELLED;
	}

	DispatchOrder loadForDispatcher(Actor actor, long orderId) {
		VolunteerAccess.requireDispatcher(actor);
		DispatchOrder order = this.orders.findById(orderId).orElseThrow(() -> new NotFoundException("order", orderId));
		if (!order.getJurisdictionPath().startsWith(this.jurisdictions.scopePath(actor))) {
			throw new NotFoundException("order", orderId);
		}
		return order;
	}

	private Mine mine(Actor actor, long orderId) {
		long me = this.volunteers.myId(actor)
			.orElseThrow(() -> new ForbiddenException(actor.username() + " has no volunteer record"));
		DispatchAssignment assignment = this.assignments.findByOrderIdAndVolunteerId(orderId, me)
			.orElseThrow(() -> new NotFoundException("order", orderId));
		DispatchOrder order = this.orders.findById(orderId).orElseThrow(() -> new NotFoundException("order", orderId));
		return new Mine(order, assignment, me);
	}

	private void moveMine(Mine mine, Collection<AssignmentState> from, AssignmentState to, Instant at, String note) {
		if (this.assignments.move(mine.assignment().getId(), from.stream().map(Enum::name).toList(), to.name(), at,
				note) == 0) {
			// someone (the same person on another device) answered first: nothing is kept
			throw new OrderRefusedException("order.refused.answeredMeanwhile");
		}
	}

	private String refusal(long orderId, long assignmentId,
			java.util.function.BiFunction<OrderStatus, AssignmentState, String> rule, String otherwise) {
		String key = rule.apply(statusOf(orderId), this.assignments.findById(assignmentId).orElseThrow().getState());
		return (key != null) ? key : otherwise;
	}

	private OrderStatus statusOf(long orderId) {
		return this.orders.findById(orderId).orElseThrow().getStatus();
	}

	private void step(long orderId, Long volunteerId, OrderAction action, Actor actor, Instant at, String note) {
		this.steps.save(new DispatchStep(orderId, volunteerId, action, actor.username(), at, note));
	}

	private static void refuseIf(String refusal) {
		if (refusal != null) {
			throw new OrderRefusedException(refusal);
		}
	}

	private record Mine(DispatchOrder order, DispatchAssignment assignment, long volunteerId) {

	}

	/** An order just issued, with how many people it was offered to. */
	public record Issued(long id, OrderStatus status, int offered) {

	}

	/** A step of an order's history. */
	public record StepView(OrderAction action, Long volunteerId, String actor, Instant at, String note) {

	}

}
