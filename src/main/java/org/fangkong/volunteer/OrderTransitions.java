package org.fangkong.volunteer;

/**
 * The order's state machine (issue #15 item 3): ISSUED → FILLED (every seat accepted) →
 * IN_PROGRESS (the first check-in) → DONE (every accepted person completed), or CANCELLED
 * by the HQ while open. A person answers an offer while the order is ISSUED, checks in
 * once it is FILLED, and completes after checking in. Each method answers the message key
 * of the refusal, or null when the step is allowed; the database's conditional updates
 * are the guard against races.
 */
final class OrderTransitions {

	private OrderTransitions() {
	}

	static String accept(OrderStatus order, AssignmentState mine) {
		String closed = closed(order);
		if (closed != null) {
			return closed;
		}
		if (mine == AssignmentState.ACCEPTED || mine == AssignmentState.CHECKED_IN) {
			return "order.refused.alreadyAccepted";
		}
		if (order != OrderStatus.ISSUED) {
			return "order.refused.full";
		}
		return null;
	}

	static String decline(OrderStatus order, AssignmentState mine) {
		String closed = closed(order);
		if (closed != null) {
			return closed;
		}
		if (mine == AssignmentState.DECLINED) {
			return "order.refused.alreadyDeclined";
		}
		if (mine != AssignmentState.OFFERED) {
			return "order.refused.acceptedCannotDecline";
		}
		return null;
	}

	static String checkIn(OrderStatus order, AssignmentState mine) {
		String closed = closed(order);
		if (closed != null) {
			return closed;
		}
		if (mine == AssignmentState.CHECKED_IN) {
			return "order.refused.alreadyCheckedIn";
		}
		if (mine != AssignmentState.ACCEPTED) {
			return "order.refused.notAccepted";
		}
		if (order == OrderStatus.ISSUED) {
			return "order.refused.notFilled";
		}
		return null;
	}

	static String complete(OrderStatus order, AssignmentState mine) {
		String closed = closed(order);
		if (closed != null) {
			return closed;
		}
		if (mine == AssignmentState.DONE) {
			return "order.refused.alreadyCompleted";
		}
		if (mine != AssignmentState.CHECKED_IN) {
			return "order.refused.notCheckedIn";
		}
		return null;
	}

	static String cancel(OrderStatus order) {
		return closed(order);
	}

	private static String closed(OrderStatus order) {
		return switch (order) {
			case DONE -> "order.refused.done";
			case CANCELLED -> "order.refused.cancelled";
			default -> null;
		};
	}

}
