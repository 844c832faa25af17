package org.fangkong.reporting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;

/**
 * The approval workflow of a daily report as a pure rule (issue #10 item 4, R-SCR-3): who
 * stands where to a report, which step each state allows, and why a step is refused.
 *
 * <pre>
 * DRAFT ──submit──▶ SUBMITTED ──approve──▶ APPROVED (frozen)
 *                      │  ▲
 *                return│  │submit (corrected)
 *                      ▼  │
 *                   RETURNED
 * </pre>
 *
 * The filler of a unit is the user of that unit's own node with the filling role of its
 * level (a grid: GRID_WORKER; a township: TOWNSHIP_OFFICER; the city: HQ_STAFF or
 * COMMANDER). The approver is the level above: the TOWNSHIP_OFFICER of the grid's
 * township, COMMANDER or HQ_STAFF of the city for a township, a COMMANDER for the city's
 * own report. Nobody approves or returns a report they submitted themselves.
 */
final class DailyReportRules {

	/** The roles that fill in reports at some level. */
	static final Set<Role> FILLING_ROLES = EnumSet.of(Role.GRID_WORKER, Role.TOWNSHIP_OFFICER, Role.HQ_STAFF,
			Role.COMMANDER);

	/** The roles that approve reports at some level. */
	static final Set<Role> APPROVING_ROLES = EnumSet.of(Role.TOWNSHIP_OFFICER, Role.HQ_STAFF, Role.COMMANDER);

	private DailyReportRules() {
	}

	/**
	 * What the actor is to one report.
	 *
	 * @param filler the unit's filler
	 * @param approver the level above, entitled to approve or return it
	 * @param submitter the user who submitted it last
	 */
	record Standing(boolean filler, boolean approver, boolean submitter) {

	}

	/**
	 * The actor's standing to the report of a unit.
	 * @param level the unit's level
	 * @param unitId the unit's node
	 * @param approvingUnitId the node whose users approve it: the grid's township, the
	 * township's city, the city itself; {@code null} when there is none
	 * @param approvingUnitIsCity whether that node is the city (its COMMANDER and
	 * HQ_STAFF approve), rather than a township (its TOWNSHIP_OFFICER approves)
	 * @param submittedBy who submitted it last, or {@code null}
	 */
	static Standing standing(Actor actor, ReportLevel level, long unitId, Long approvingUnitId,
			boolean approvingUnitIsCity, String submittedBy) {
		boolean atUnit = actor.jurisdictionId() == unitId;
		boolean filler = atUnit && switch (level) {
			case GRID -> actor.has(Role.GRID_WORKER);
			case TOWNSHIP -> actor.has(Role.TOWNSHIP_OFFICER);
			case CITY -> actor.hasAny(Role.HQ_STAFF, Role.COMMANDER);
		};
		boolean approver = false;
		if (approvingUnitId != null && actor.jurisdictionId() == approvingUnitId) {
			if (level == ReportLevel.CITY) {
				approver = actor.has(Role.COMMANDER);
			}
			else if (approvingUnitIsCity) {
				approver = actor.hasAny(Role.COMMANDER, Role.HQ_STAFF);
			}
			else {
				approver = actor.has(Role.TOWNSHIP_OFFICER);
			}
		}
		boolean submitter = submittedBy != null && submittedBy.equals(actor.username());
		return new Standing(filler, approver, submitter);
	}

	/**
	 * Whether a user with these roles could ever take the step at some level: if not, the
	 * step is forbidden (403) whatever the report.
	 */
	static boolean mayEver(Actor actor, DailyReportAction action) {
		Set<Role> roles = switch (action) {
			case SAVE, SUBMIT -> FILLING_ROLES;
			case APPROVE, RETURN -> APPROVING_ROLES;
		};
		return actor.roles().stream().anyMatch(roles::contains);
	}

	/**
	 * Why the step is refused, as a message key, or {@code null} when it is allowed.
	 * Nothing of the report is looked at but its state.
	 * @param windowClosed whether the report's window has ended (a report is submitted
	 * only once its figures are complete)
	 */
	static String refusal(DailyReportState state, DailyReportAction action, Standing standing, boolean windowClosed) {
		switch (action) {
			case SAVE:
				if (!standing.filler()) {
					return "dailyReport.error.notFiller";
				}
				return editable(state) ? null : "dailyReport.error.notEditable." + state;
			case SUBMIT:
				if (!standing.filler()) {
					return "dailyReport.error.notFiller";
				}
				if (!editable(state)) {
					return "dailyReport.error.notSubmittable." + state;
				}
				return windowClosed ? null : "dailyReport.error.windowOpen";
			default:
				if (!standing.approver()) {
					return "dailyReport.error.notApprover";
				}
				if (state != DailyReportState.SUBMITTED) {
					return "dailyReport.error.notSubmitted." + state;
				}
				return standing.submitter() ? "dailyReport.error.ownSubmission" : null;
		}
	}

	/** The state after an allowed step. */
	static DailyReportState after(DailyReportState state, DailyReportAction action) {
		return switch (action) {
			case SAVE -> state;
			case SUBMIT -> DailyReportState.SUBMITTED;
			case APPROVE -> DailyReportState.APPROVED;
			case RETURN -> DailyReportState.RETURNED;
		};
	}

	/** The steps the actor may take now: the buttons of the report's page. */
	static List<DailyReportAction> allowed(DailyReportState state, Standing standing, boolean windowClosed) {
		List<DailyReportAction> allowed = new ArrayList<>();
		for (DailyReportAction action : DailyReportAction.values()) {
			if (refusal(state, action, standing, windowClosed) == null) {
				allowed.add(action);
			}
		}
		return allowed;
	}

	/** Whether the typed figures and the remark may still change. */
	static boolean editable(DailyReportState state) {
		return state == DailyReportState.DRAFT || state == DailyReportState.RETURNED;
	}

	/** A reason to send a report back: required, at most 500 characters. */
	static String reasonRefusal(String reason) {
		if (reason == null || reason.isBlank()) {
			return "dailyReport.error.reasonRequired";
		}
		return (reason.strip().length() > 500) ? "dailyReport.error.reasonTooLong" : null;
	}

}
