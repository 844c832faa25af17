package org.fangkong.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A daily report as its page, the API and the exports show it (issue #10 items 3–5).
 *
 * @param id the report
 * @param jurisdictionId its unit's node
 * @param unitName the unit's name
 * @param level grid, township or city
 * @param date the reporting date
 * @param windowFrom the window's start (included)
 * @param windowTo the window's end (excluded)
 * @param deadline when the report is due
 * @param state where it stands
 * @param live whether {@code figures} were counted just now (DRAFT, RETURNED) rather read
 * from the snapshot taken at submission (SUBMITTED, APPROVED: frozen)
 * @param figures the counted figures by code ({@code crossingsIn},
 * {@code arrivals.HUBEI}, …), sorted by code
 * @param typedFields the codes of the figures the unit types, in the form's order
 * @param typed the typed figures by code (absent: not typed)
 * @param remark the unit's remark
 * @param fillerPhone the filler's phone
 * @param submittedBy who submitted it last (username)
 * @param submittedByName their display name (填报人)
 * @param submittedAt when
 * @param approvedBy who approved it (username)
 * @param approvedByName their display name (审核人)
 * @param approvedAt when
 * @param returnReason why it was sent back, while RETURNED
 * @param actions what the caller may do now
 * @param history every step, oldest first
 * @param typedBelow the typed figures of the units right below (a township's grids, the
 * city's townships) that have handed in their report of the date, added up: a hint for
 * the filler (empty for a grid)
 */
public record DailyReportView(long id, long jurisdictionId, String unitName, ReportLevel level, LocalDate date,
		Instant windowFrom, Instant windowTo, Instant deadline, DailyReportState state, boolean live,
		Map<String, Long> figures, List<String> typedFields, Map<String, Long> typed, String remark, String fillerPhone,
		String submittedBy, String submittedByName, Instant submittedAt, String approvedBy, String approvedByName,
		Instant approvedAt, String returnReason, List<DailyReportAction> actions, List<Step> history,
		Map<String, Long> typedBelow) {

	/** The figures in the form's groups (not part of the JSON). */
	public List<FigureGroups.Group> groups() {
		return FigureGroups.of(this.figures, this.typedFields, this.typed);
	}

	/** Whether the caller may take the step. */
	public boolean may(String action) {
		return this.actions.contains(DailyReportAction.valueOf(action));
	}

	/**
	 * One step of the workflow.
	 *
	 * @param at when
	 * @param actor who (username)
	 * @param actorName their display name then
	 * @param action CREATED, SAVED, SUBMITTED, RETURNED or APPROVED
	 * @param fromState the state before
	 * @param toState the state after
	 * @param reason why (a return's reason)
	 */
	public record Step(Instant at, String actor, String actorName, String action, DailyReportState fromState,
			DailyReportState toState, String reason) {

	}

}
