package org.fangkong.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.reporting.ReportUnits.Unit;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has reported (issue #10 item 4): the units of the caller's scope with their
 * report's state for a date — a township sees its grids, the city its townships and grids
 * — which are late, and the home-page figures of fillers and approvers.
 */
@Service
@Transactional(readOnly = true)
public class DailyReportOverview {

	private final DailyReportRepository reports;

	private final ReportUnits units;

	private final Jurisdictions jurisdictions;

	private final DailyReports dailyReports;

	private final Clock clock;

	DailyReportOverview(DailyReportRepository reports, ReportUnits units, Jurisdictions jurisdictions,
			DailyReports dailyReports, Clock clock) {
		this.reports = reports;
		this.units = units;
		this.jurisdictions = jurisdictions;
		this.dailyReports = dailyReports;
		this.clock = clock;
	}

	/**
	 * Every reporting unit of the caller's scope in tree order (each township followed by
	 * its grids), with its report of the date (the report due now when {@code date} is
	 * null).
	 */
	public Overview overview(Actor actor, LocalDate date) {
		return overview(actor, date, false);
	}

	/**
	 * {@link #overview(Actor, LocalDate)}, with {@code pending}: only the units whose
	 * report has not been handed in.
	 */
	public Overview overview(Actor actor, LocalDate date, boolean pending) {
		if (!DailyReportRules.mayEver(actor, DailyReportAction.SUBMIT)) {
			throw new ForbiddenException("daily reports are for grids, townships and the HQ");
		}
		Instant now = this.clock.instant();
		DailyReportWindows windows = this.dailyReports.windows();
		LocalDate day = (date != null) ? date : windows.dueDate(now);
		DailyReportWindows.Window window = windows.of(day);
		Map<Long, DailyReport> byUnit = this.reports.findOfDateInScope(day, this.jurisdictions.scopePath(actor))
			.stream()
			.collect(Collectors.toMap(DailyReport::getJurisdictionId, Function.identity()));
		List<JurisdictionView> nodes = treeOrder(this.jurisdictions.visibleNodes(actor));
		Map<Long, String> names = nodes.stream()
			.collect(Collectors.toMap(JurisdictionView::id, JurisdictionView::name, (a, b) -> a));
		List<Row> rows = new ArrayList<>();
		for (JurisdictionView node : nodes) {
			Optional<ReportLevel> level = ReportLevel.of(node.kind());
			if (level.isEmpty()) {
				continue;
			}
			DailyReport report = byUnit.get(node.id());
			DailyReportState state = (report != null) ? report.getState() : null;
			boolean late = window.lateAt(now) && (state == null || !state.handedIn());
			if (pending && state != null && state.handedIn()) {
				continue;
			}
			rows.add(new Row(node.id(), node.name(), level.get(), names.get(node.parentId()),
					(report != null) ? report.getId() : null, state, (report != null) ? report.getSubmittedAt() : null,
					late, node.id() == actor.jurisdictionId()));
		}
		boolean future = day.isAfter(windows.dateAt(now));
		return new Overview(day, window.from(), window.to(), window.deadline(), window.lateAt(now), future, pending,
				rows);
	}

	/** The nodes depth first from the first (the scope's root), children by code. */
	private static List<JurisdictionView> treeOrder(List<JurisdictionView> nodes) {
		Map<Long, List<JurisdictionView>> children = nodes.stream()
			.filter((node) -> node.parentId() != null)
			.collect(Collectors.groupingBy(JurisdictionView::parentId));
		List<JurisdictionView> ordered = new ArrayList<>();
		java.util.Deque<JurisdictionView> stack = new java.util.ArrayDeque<>();
		if (!nodes.isEmpty()) {
			stack.push(nodes.get(0));
		}
		while (!stack.isEmpty()) {
			JurisdictionView node = stack.pop();
			ordered.add(node);
			List<JurisdictionView> below = children.getOrDefault(node.id(), List.of());
			for (int i = below.size() - 1; i >= 0; i--) {
				stack.push(below.get(i));
			}
		}
		return ordered;
	}

	/**
	 * The filler's card: the state of their own unit's report due now, or empty when the
	 * caller fills no report.
	 */
	public Optional<FillerCard> fillerCard(Actor actor) {
		Optional<Unit> unit = this.units.of(actor.jurisdictionId());
		if (unit.isEmpty()) {
			return Optional.empty();
		}
		DailyReportRules.Standing standing = DailyReportRules.standing(actor, unit.get().level(),
				actor.jurisdictionId(), unit.get().approvingUnitId(), unit.get().approvingIsCity(), null);
		if (!standing.filler()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		DailyReportWindows.Window window = this.dailyReports.windows().of(this.dailyReports.windows().dueDate(now));
		DailyReportState state = this.reports.findByJurisdictionIdAndReportDate(actor.jurisdictionId(), window.date())
			.map(DailyReport::getState)
			.orElse(DailyReportState.DRAFT);
		return Optional.of(new FillerCard(window.date(), state, window.deadline(), window.lateAt(now)));
	}

	/**
	 * The approver's card: how many reports wait for the caller's approval, and how many
	 * units below the caller have not handed in the report due now; empty for a caller
	 * who approves nothing.
	 */
	public Optional<ApproverCard> approverCard(Actor actor) {
		if (!DailyReportRules.mayEver(actor, DailyReportAction.APPROVE)) {
			return Optional.empty();
		}
		String scope = this.jurisdictions.scopePath(actor);
		long waiting = this.reports.findInStateInScope(DailyReportState.SUBMITTED, scope)
			.stream()
			.filter((report) -> this.units.of(report.getJurisdictionId())
				.map((unit) -> DailyReportRules
					.standing(actor, unit.level(), report.getJurisdictionId(), unit.approvingUnitId(),
							unit.approvingIsCity(), report.getSubmittedBy())
					.approver())
				.orElse(false))
			.count();
		Overview overview = overview(actor, null);
		long below = overview.rows().stream().filter((row) -> !row.own()).count();
		if (below == 0 && waiting == 0) {
			return Optional.empty();
		}
		long missing = overview.rows()
			.stream()
			.filter((row) -> !row.own() && (row.state() == null || !row.state().handedIn()))
			.count();
		return Optional.of(new ApproverCard(waiting, missing, overview.date(), overview.deadline(), overview.late()));
	}

	/**
	 * The units of a scope for one date.
	 *
	 * @param date the reporting date
	 * @param windowFrom its window's start
	 * @param windowTo its window's end
	 * @param deadline when its reports are due
	 * @param late whether the deadline has passed
	 * @param future whether the window has not begun yet
	 * @param pending whether only the units that have not handed in are listed
	 * @param rows the units in tree order
	 */
	public record Overview(LocalDate date, Instant windowFrom, Instant windowTo, Instant deadline, boolean late,
			boolean future, boolean pending, List<Row> rows) {

	}

	/**
	 * One unit and its report of the date.
	 *
	 * @param jurisdictionId the unit's node
	 * @param name its name
	 * @param level grid, township or city
	 * @param parentName the node above it
	 * @param reportId its report, or null when none was opened yet
	 * @param state the report's state, or null when none was opened yet
	 * @param submittedAt when it was submitted last
	 * @param late not handed in after the deadline
	 * @param own the caller's own unit
	 */
	public record Row(long jurisdictionId, String name, ReportLevel level, String parentName, Long reportId,
			DailyReportState state, Instant submittedAt, boolean late, boolean own) {

	}

	/** The filler's report due now: its date, state and deadline. */
	public record FillerCard(LocalDate date, DailyReportState state, Instant deadline, boolean late) {

	}

	/** What waits for an approver, and the units below that have not reported. */
	public record ApproverCard(long waiting, long missing, LocalDate date, Instant deadline, boolean late) {

	}

}
