package org.fangkong.volunteer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.NotFoundException;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading orders (issue #15 items 3–5): one order for the HQ of its jurisdiction or for a
 * person it was offered to; the HQ's list and board; a volunteer's own orders and hours.
 */
@Service
@Transactional(readOnly = true)
public class DispatchQueries {

	static final int PAGE_SIZE = 50;

	private final OrderRepository orders;

	private final AssignmentRepository assignments;

	private final StepRepository steps;

	private final Volunteers volunteers;

	private final Availability availability;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	DispatchQueries(OrderRepository orders, AssignmentRepository assignments, StepRepository steps,
			Volunteers volunteers, Availability availability, Jurisdictions jurisdictions, Clock clock) {
		this.orders = orders;
		this.assignments = assignments;
		this.steps = steps;
		this.volunteers = volunteers;
		this.availability = availability;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	/**
	 * One order with its people and steps: for the HQ of its jurisdiction, or for a
	 * person it was offered to (who sees only their own part). Anyone else: 404.
	 */
	public OrderView get(Actor actor, long id) {
		DispatchOrder order = this.orders.findById(id).orElseThrow(() -> new NotFoundException("order", id));
		if (VolunteerAccess.dispatches(actor)
				&& order.getJurisdictionPath().startsWith(this.jurisdictions.scopePath(actor))) {
			List<DispatchAssignment> parts = this.assignments.findByOrderIdOrderById(id);
			return view(order, parts,
					this.steps.findByOrderIdOrderByOccurredAtAscIdAsc(id).stream().map(DispatchStep::toView).toList());
		}
		Long me = this.volunteers.myId(actor).orElse(null);
		DispatchAssignment mine = (me != null) ? this.assignments.findByOrderIdAndVolunteerId(id, me).orElse(null)
				: null;
		if (mine == null) {
			throw new NotFoundException("order", id);
		}
		return view(order, List.of(mine), List.of());
	}

	/**
	 * The HQ's orders in its jurisdiction, newest window first, optionally of one status;
	 * a volunteer's: the orders offered to them.
	 */
	public OrderPage list(Actor actor, OrderStatus status, int page) {
		int number = Math.max(0, page);
		Collection<OrderStatus> statuses = (status != null) ? Set.of(status) : EnumSet.allOf(OrderStatus.class);
		List<DispatchOrder> rows;
		if (VolunteerAccess.dispatches(actor)) {
			rows = this.orders.findInScope(this.jurisdictions.scopePath(actor), statuses,
					PageRequest.of(number, PAGE_SIZE + 1));
		}
		else if (!actor.has(org.fangkong.shared.Role.VOLUNTEER)) {
			throw new org.fangkong.shared.ForbiddenException(actor.username() + " neither dispatches nor volunteers");
		}
		else {
			rows = mine(actor, number).stream().filter((o) -> statuses.contains(o.getStatus())).toList();
		}
		boolean hasNext = rows.size() > PAGE_SIZE;
		List<OrderView> views = rows.stream().limit(PAGE_SIZE).map((o) -> view(o, List.of(), List.of())).toList();
		return new OrderPage(views, number, hasNext, hasNext ? String.valueOf(number + 1) : null);
	}

	/**
	 * The caller's own orders, newest first, with their part and the steps they may take.
	 */
	public List<MyOrder> myOrders(Actor actor) {
		Long me = this.volunteers.myId(actor).orElse(null);
		if (me == null) {
			return List.of();
		}
		List<DispatchAssignment> parts = this.assignments.findByVolunteerIdOrderByIdDesc(me, PageRequest.of(0, 50));
		Map<Long, DispatchOrder> byId = this.orders
			.findByIdIn(parts.stream().map(DispatchAssignment::getOrderId).toList())
			.stream()
			.collect(Collectors.toMap(DispatchOrder::getId, (o) -> o));
		List<MyOrder> mine = new ArrayList<>();
		for (DispatchAssignment part : parts) {
			DispatchOrder order = byId.get(part.getOrderId());
			OrderStatus status = order.getStatus();
			AssignmentState state = part.getState();
			mine.add(new MyOrder(view(order, List.of(part), List.of()), state,
					OrderTransitions.accept(status, state) == null && state == AssignmentState.OFFERED,
					OrderTransitions.decline(status, state) == null, OrderTransitions.checkIn(status, state) == null,
					OrderTransitions.complete(status, state) == null));
		}
		return mine;
	}

	/**
	 * The hours the caller worked this month: check-in to completion of the parts done.
	 */
	public double hoursThisMonth(Actor actor) {
		Long me = this.volunteers.myId(actor).orElse(null);
		if (me == null) {
			return 0;
		}
		ZoneId zone = this.clock.getZone();
		LocalDate first = LocalDate.now(this.clock).withDayOfMonth(1);
		Instant from = first.atStartOfDay(zone).toInstant();
		Instant to = first.plusMonths(1).atStartOfDay(zone).toInstant();
		long minutes = this.assignments.findCompleted(me, from, to)
			.stream()
			.filter((a) -> a.getCheckedInAt() != null)
			.mapToLong((a) -> Duration.between(a.getCheckedInAt(), a.getCompletedAt()).toMinutes())
			.sum();
		return Math.round(minutes / 6.0) / 10.0;
	}

	/**
	 * The HQ board (issue #15 item 5): the open orders of the jurisdiction with overdue
	 * and unfilled ones flagged, who is where now (checked in), and the people available
	 * now per echelon.
	 */
	public Board board(Actor actor) {
		VolunteerAccess.requireDispatcher(actor);
		Instant now = Instant.now(this.clock);
		List<DispatchOrder> open = this.orders.findOpenInScope(this.jurisdictions.scopePath(actor));
		List<DispatchAssignment> parts = open.isEmpty() ? List.of()
				: this.assignments.findByOrderIdIn(open.stream().map(DispatchOrder::getId).toList());
		Map<Long, DispatchOrder> byId = open.stream().collect(Collectors.toMap(DispatchOrder::getId, (o) -> o));
		List<DispatchAssignment> onSite = parts.stream()
			.filter((a) -> a.getState() == AssignmentState.CHECKED_IN)
			.toList();
		Map<Long, String> names = this.volunteers
			.namesOf(onSite.stream().map(DispatchAssignment::getVolunteerId).collect(Collectors.toSet()));
		List<WhoIsWhere> where = onSite.stream().map((a) -> {
			DispatchOrder o = byId.get(a.getOrderId());
			return new WhoIsWhere(a.getVolunteerId(), names.get(a.getVolunteerId()), o.getId(), o.getTask(),
					placeName(o), a.getCheckedInAt());
		}).toList();
		List<Volunteer> reserve = this.volunteers.allInScope(actor);
		Set<Long> busy = new HashSet<>(this.availability.unavailable(reserve, now, now.plusSeconds(60)));
		java.time.LocalTime time = now.atZone(this.clock.getZone()).toLocalTime();
		LocalDate today = LocalDate.now(this.clock);
		Map<Integer, Long> perEchelon = new TreeMap<>();
		for (int e = 1; e <= this.volunteers.echelons().echelons(); e++) {
			perEchelon.put(e, 0L);
		}
		reserve.stream()
			.filter((v) -> !busy.contains(v.getId()) && v.availableAt(time))
			.forEach((v) -> perEchelon.merge(this.volunteers.echelons().echelonOf(v.getBirthDate(), today), 1L,
					Long::sum));
		List<OrderView> views = open.stream().map((o) -> view(o, List.of(), List.of())).toList();
		return new Board(views, where, perEchelon, reserve.size());
	}

	/**
	 * The open orders of the actor's jurisdiction only (the home card), without people.
	 */
	public Board openCounts(Actor actor) {
		VolunteerAccess.requireDispatcher(actor);
		List<OrderView> open = this.orders.findOpenInScope(this.jurisdictions.scopePath(actor))
			.stream()
			.map((o) -> view(o, List.of(), List.of()))
			.toList();
		return new Board(open, List.of(), Map.of(), 0);
	}

	OrderView view(DispatchOrder o, List<DispatchAssignment> parts, List<Dispatch.StepView> history) {
		Instant now = Instant.now(this.clock);
		Map<Long, String> names = this.volunteers
			.namesOf(parts.stream().map(DispatchAssignment::getVolunteerId).collect(Collectors.toSet()));
		List<AssignmentView> people = parts.stream()
			.map((a) -> new AssignmentView(a.getVolunteerId(), names.get(a.getVolunteerId()), a.getState(),
					a.getAnsweredAt(), a.getCheckedInAt(), a.getCompletedAt(), a.getNote()))
			.toList();
		return new OrderView(o.getId(), o.getStatus(), o.getTask(), o.getJurisdictionId(), placeName(o),
				o.getLatitude(), o.getLongitude(), o.getFromAt(), o.getToAt(), o.getNeeded(), o.getAccepted(),
				o.skillSet(), o.getTeamId(), o.getEchelon(), o.getIssuedBy(), o.getIssuedAt(), o.getDoneAt(),
				o.overdue(now), o.unfilled(now), people, history);
	}

	private List<DispatchOrder> mine(Actor actor, int page) {
		Long me = this.volunteers.myId(actor).orElse(null);
		if (me == null) {
			return List.of();
		}
		List<DispatchAssignment> parts = this.assignments.findByVolunteerIdOrderByIdDesc(me,
				PageRequest.of(page, PAGE_SIZE + 1));
		Map<Long, DispatchOrder> byId = this.orders
			.findByIdIn(parts.stream().map(DispatchAssignment::getOrderId).toList())
			.stream()
			.collect(Collectors.toMap(DispatchOrder::getId, (o) -> o));
		return parts.stream().map((a) -> byId.get(a.getOrderId())).toList();
	}

	private String placeName(DispatchOrder o) {
		String node = this.jurisdictions.find(o.getJurisdictionId()).map(JurisdictionView::name).orElse("?");
		if (o.isPlaceIsNode()) {
			return node;
		}
		return node + " (" + o.getLatitude() + ", " + o.getLongitude() + ")";
	}

	/**
	 * An order as its reader sees it: {@code overdue} when still open after its window,
	 * {@code unfilled} when seats are free and its window has begun; {@code people} the
	 * offers and answers (a volunteer sees only their own), {@code steps} the history
	 * (for the HQ).
	 */
	public record OrderView(long id, OrderStatus status, String task, long jurisdictionId, String place,
			Double latitude, Double longitude, Instant from, Instant to, int needed, int accepted,
			Set<VolunteerSkill> skills, Long teamId, Integer echelon, String issuedBy, Instant issuedAt, Instant doneAt,
			boolean overdue, boolean unfilled, List<AssignmentView> people, List<Dispatch.StepView> steps) {

	}

	/** One person's part in an order. */
	public record AssignmentView(long volunteerId, String name, AssignmentState state, Instant answeredAt,
			Instant checkedInAt, Instant completedAt, String note) {

	}

	/** One of the caller's orders with the steps they may take now. */
	public record MyOrder(OrderView order, AssignmentState state, boolean canAccept, boolean canDecline,
			boolean canCheckIn, boolean canComplete) {

	}

	/** A page of orders. */
	public record OrderPage(List<OrderView> items, int page, boolean hasNext, String next) {

	}

	/** Someone checked in at an order's place. */
	public record WhoIsWhere(long volunteerId, String name, long orderId, String task, String place,
			Instant checkedInAt) {

	}

	/** The HQ board. */
	public record Board(List<OrderView> open, List<WhoIsWhere> onSite, Map<Integer, Long> availablePerEchelon,
			int reserve) {

	}

}
