package org.fangkong.volunteer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Orders. Every change of state is one conditional update that names the state it
 * expects: PostgreSQL makes a second writer of the same row wait and re-check the
 * condition on the row the first committed, so of two people taking the last seat at once
 * exactly one updates a row (issue #15 item 7); the check constraint
 * {@code accepted <= needed} is the last guard.
 */
interface OrderRepository extends JpaRepository<DispatchOrder, Long> {

	/** Takes a seat while one is free; the last seat fills the order. 1 when taken. */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query(nativeQuery = true, value = """
			update dispatch_order set accepted = accepted + 1,
			  status = case when accepted + 1 >= needed then 'FILLED' else status end
			where id = ?1 and status = 'ISSUED' and accepted < needed""")
	int takeSeat(long orderId);

	/** Moves an order from one state to another; 1 when it was in {@code from}. */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query(nativeQuery = true,
			value = """
					update dispatch_order set status = ?3, done_at = case when ?3 in ('DONE', 'CANCELLED') then ?4 else done_at end
					where id = ?1 and status in (?2)""")
	int move(long orderId, Collection<String> from, String to, Instant at);

	@Query("select o from DispatchOrder o where o.jurisdictionPath like concat(?1, '%') and o.status in ?2 "
			+ "order by o.fromAt desc, o.id desc")
	List<DispatchOrder> findInScope(String scopePath, Collection<OrderStatus> statuses, Pageable page);

	@Query("select o from DispatchOrder o where o.jurisdictionPath like concat(?1, '%') and o.status in "
			+ "(org.fangkong.volunteer.OrderStatus.ISSUED, org.fangkong.volunteer.OrderStatus.FILLED, "
			+ "org.fangkong.volunteer.OrderStatus.IN_PROGRESS) order by o.fromAt, o.id")
	List<DispatchOrder> findOpenInScope(String scopePath);

	List<DispatchOrder> findByIdIn(Collection<Long> ids);

}

interface AssignmentRepository extends JpaRepository<DispatchAssignment, Long> {

	Optional<DispatchAssignment> findByOrderIdAndVolunteerId(long orderId, long volunteerId);

	List<DispatchAssignment> findByOrderIdOrderById(long orderId);

	List<DispatchAssignment> findByOrderIdIn(Collection<Long> orderIds);

	List<DispatchAssignment> findByVolunteerIdOrderByIdDesc(long volunteerId, Pageable page);

	/** Moves one person's part from one of the expected states; 1 when it was in one. */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query(nativeQuery = true, value = """
			update dispatch_assignment set state = ?3,
			  answered_at = case when ?3 in ('ACCEPTED', 'DECLINED') then ?4 else answered_at end,
			  checked_in_at = case when ?3 = 'CHECKED_IN' then ?4 else checked_in_at end,
			  completed_at = case when ?3 = 'DONE' then ?4 else completed_at end,
			  note = case when ?3 = 'DONE' then ?5 else note end
			where id = ?1 and state in (?2)""")
	int move(long assignmentId, Collection<String> from, String to, Instant at, String note);

	/** How many accepted people of an order have not completed yet. */
	@Query("select count(a) from DispatchAssignment a where a.orderId = ?1 and a.state in "
			+ "(org.fangkong.volunteer.AssignmentState.ACCEPTED, org.fangkong.volunteer.AssignmentState.CHECKED_IN)")
	long countUnfinished(long orderId);

	/**
	 * Those of {@code volunteerIds} who hold an accepted or started part in an open order
	 * whose window overlaps the time from {@code from} until {@code to}.
	 */
	@Query("select a.volunteerId from DispatchAssignment a, DispatchOrder o where o.id = a.orderId "
			+ "and a.volunteerId in ?1 and a.state in (org.fangkong.volunteer.AssignmentState.ACCEPTED, "
			+ "org.fangkong.volunteer.AssignmentState.CHECKED_IN) and o.status in "
			+ "(org.fangkong.volunteer.OrderStatus.ISSUED, org.fangkong.volunteer.OrderStatus.FILLED, "
			+ "org.fangkong.volunteer.OrderStatus.IN_PROGRESS) and o.fromAt < ?3 and o.toAt > ?2")
	List<Long> findBusy(Collection<Long> volunteerIds, Instant from, Instant to);

	/** The parts a volunteer completed in a window (the hours of the month). */
	@Query("select a from DispatchAssignment a where a.volunteerId = ?1 and a.state = "
			+ "org.fangkong.volunteer.AssignmentState.DONE and a.completedAt >= ?2 and a.completedAt < ?3")
	List<DispatchAssignment> findCompleted(long volunteerId, Instant from, Instant to);

}

interface StepRepository extends JpaRepository<DispatchStep, Long> {

	List<DispatchStep> findByOrderIdOrderByOccurredAtAscIdAsc(long orderId);

}
