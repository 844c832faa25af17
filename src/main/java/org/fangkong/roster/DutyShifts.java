package org.fangkong.roster;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published shifts as the people on duty and those who direct checkpoints see them
 * (issue #11 items 6, 7): "my shifts", a person's calendar, who is on duty now and next.
 * While a published roster is re-planned, its shifts before the re-plan's start stay
 * shown; the later ones once it is published again.
 */
@Service
@Transactional(readOnly = true)
public class DutyShifts {

	private final RosterAssignmentRepository assignments;

	private final StaffRepository staff;

	private final Checkpoints checkpoints;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	private final RosterRepository rosters;

	DutyShifts(RosterAssignmentRepository assignments, StaffRepository staff, Checkpoints checkpoints,
			Jurisdictions jurisdictions, Clock clock, RosterRepository rosters) {
		this.rosters = rosters;
		this.assignments = assignments;
		this.staff = staff;
		this.checkpoints = checkpoints;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	/**
	 * "My shifts": the published shifts of the actor (as a person of the pool with their
	 * user account) that have not ended, soonest first.
	 */
	public List<Rosters.MyShift> myShifts(Actor actor) {
		List<Long> mine = this.staff.findByUserId(actor.userId()).stream().map(PoolMember::getId).toList();
		if (mine.isEmpty()) {
			return List.of();
		}
		return this.assignments.findPublishedFor(mine, Instant.now(this.clock)).stream().map(this::toMyShift).toList();
	}

	/**
	 * The published shifts of one person of the pool from 30 days ago on, for their
	 * calendar: the person themselves (by their user account) or a planner over them;
	 * others 403, a planner outside their scope 404.
	 */
	public List<Rosters.MyShift> shiftsOf(Actor actor, long staffId) {
		PoolMember member = this.staff.findById(staffId).orElseThrow(() -> new NotFoundException("staff", staffId));
		boolean self = member.getUserId() != null && member.getUserId() == actor.userId();
		if (!self) {
			StaffPool.requirePlanner(actor);
			if (!member.getJurisdictionPath().startsWith(this.jurisdictions.scopePath(actor))) {
				throw new NotFoundException("staff", staffId);
			}
		}
		return this.assignments
			.findPublishedFor(List.of(staffId), Instant.now(this.clock).minus(java.time.Duration.ofDays(30)))
			.stream()
			.map(this::toMyShift)
			.toList();

	}

	private Rosters.MyShift toMyShift(RosterAssignment a) {
		return new Rosters.MyShift(a.getId(), a.getRosterId(), a.getCheckpointId(),
				this.checkpoints.find(a.getCheckpointId()).map(CheckpointView::name).orElse(null), a.getShiftStart(),
				a.getShiftEnd(), a.getSeat());
	}

	/**
	 * Who answers the hotline now and next by the published rosters (issue #12 item 3:
	 * the hotline's 24-hour staffing comes from the duty rosters), for the operators, the
	 * medics and those who plan; the rosters of the actor's jurisdiction and above.
	 */
	public List<Rosters.AssignmentView> onHotline(Actor actor) {
		if (!actor.hasAny(Role.HOTLINE_OPERATOR, Role.MEDIC, Role.COMMANDER, Role.HQ_STAFF)) {
			throw new ForbiddenException(actor.username() + " may not read the hotline's duty");
		}
		String scope = this.jurisdictions.scopePath(actor);
		Instant now = Instant.now(this.clock);
		List<RosterAssignment> coming = this.assignments
			.findPublishedAt(Rosters.HOTLINE, now, now.plus(java.time.Duration.ofDays(8)))
			.stream()
			.filter((a) -> this.rosters.findById(a.getRosterId())
				.map((r) -> scope.startsWith(r.getJurisdictionPath()) || r.getJurisdictionPath().startsWith(scope))
				.orElse(false))
			.toList();
		List<Instant> starts = coming.stream()
			.map(RosterAssignment::getShiftStart)
			.distinct()
			.sorted()
			.limit(2)
			.toList();
		return coming.stream().filter((a) -> starts.contains(a.getShiftStart())).map(RosterAssignment::toView).toList();
	}

	/**
	 * Who is on duty at a checkpoint now and next by the published rosters, for those who
	 * direct checkpoints; 404 for a checkpoint the actor may not see.
	 */
	public List<Rosters.AssignmentView> onDuty(Actor actor, long checkpointId) {
		if (!actor.hasAny(Role.ADMIN, Role.COMMANDER, Role.HQ_STAFF, Role.TOWNSHIP_OFFICER)) {
			throw new ForbiddenException(actor.username() + " may not read duty rosters");
		}
		this.checkpoints.get(actor, checkpointId);
		Instant now = Instant.now(this.clock);
		List<RosterAssignment> coming = this.assignments.findPublishedAt(checkpointId, now,
				now.plus(java.time.Duration.ofDays(8)));
		if (coming.isEmpty()) {
			return List.of();
		}
		// the shift on now (if any) and the next one, within a week
		List<Instant> starts = coming.stream()
			.map(RosterAssignment::getShiftStart)
			.distinct()
			.sorted()
			.limit(2)
			.toList();
		return coming.stream().filter((a) -> starts.contains(a.getShiftStart())).map(RosterAssignment::toView).toList();
	}

}
