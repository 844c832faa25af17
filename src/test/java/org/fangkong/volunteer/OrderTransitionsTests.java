package org.fangkong.volunteer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.volunteer.AssignmentState.ACCEPTED;
import static org.fangkong.volunteer.AssignmentState.CHECKED_IN;
import static org.fangkong.volunteer.AssignmentState.DECLINED;
import static org.fangkong.volunteer.AssignmentState.OFFERED;
import static org.fangkong.volunteer.OrderStatus.CANCELLED;
import static org.fangkong.volunteer.OrderStatus.DONE;
import static org.fangkong.volunteer.OrderStatus.FILLED;
import static org.fangkong.volunteer.OrderStatus.IN_PROGRESS;
import static org.fangkong.volunteer.OrderStatus.ISSUED;

/** Issue #15 item 3: which step each state allows, and the reason of each refusal. */
class OrderTransitionsTests {

	@Test
	void anOfferIsAnsweredWhileTheOrderIsIssued() {
		assertThat(OrderTransitions.accept(ISSUED, OFFERED)).isNull();
		assertThat(OrderTransitions.accept(ISSUED, DECLINED)).isNull();
		assertThat(OrderTransitions.decline(ISSUED, OFFERED)).isNull();
		assertThat(OrderTransitions.accept(FILLED, OFFERED)).isEqualTo("order.refused.full");
		assertThat(OrderTransitions.accept(ISSUED, ACCEPTED)).isEqualTo("order.refused.alreadyAccepted");
		assertThat(OrderTransitions.decline(ISSUED, ACCEPTED)).isEqualTo("order.refused.acceptedCannotDecline");
	}

	@Test
	void checkInWaitsUntilTheOrderIsFilledAndCompletionUntilCheckIn() {
		assertThat(OrderTransitions.checkIn(ISSUED, ACCEPTED)).isEqualTo("order.refused.notFilled");
		assertThat(OrderTransitions.checkIn(FILLED, OFFERED)).isEqualTo("order.refused.notAccepted");
		assertThat(OrderTransitions.checkIn(FILLED, ACCEPTED)).isNull();
		assertThat(OrderTransitions.checkIn(IN_PROGRESS, ACCEPTED)).isNull();
		assertThat(OrderTransitions.complete(IN_PROGRESS, ACCEPTED)).isEqualTo("order.refused.notCheckedIn");
		assertThat(OrderTransitions.complete(IN_PROGRESS, CHECKED_IN)).isNull();
		assertThat(OrderTransitions.complete(IN_PROGRESS, AssignmentState.DONE))
			.isEqualTo("order.refused.alreadyCompleted");
	}

	@Test
	void nothingHappensToADoneOrCancelledOrder() {
		for (AssignmentState state : AssignmentState.values()) {
			assertThat(OrderTransitions.accept(DONE, state)).isEqualTo("order.refused.done");
			assertThat(OrderTransitions.checkIn(CANCELLED, state)).isEqualTo("order.refused.cancelled");
			assertThat(OrderTransitions.complete(CANCELLED, state)).isEqualTo("order.refused.cancelled");
			assertThat(OrderTransitions.decline(DONE, state)).isEqualTo("order.refused.done");
		}
		assertThat(OrderTransitions.cancel(DONE)).isEqualTo("order.refused.done");
		assertThat(OrderTransitions.cancel(CANCELLED)).isEqualTo("order.refused.cancelled");
		assertThat(OrderTransitions.cancel(IN_PROGRESS)).isNull();
	}

}
