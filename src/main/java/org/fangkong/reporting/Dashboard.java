package org.fangkong.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.shared.Actor;
import org.fangkong.shared.OriginClass;
import org.fangkong.shared.platform.FigureWindow;
import org.fangkong.shared.platform.WorkBacklog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The command dashboard's figures (指挥部大屏, issue #10 items 2 and 8, R-CMD-1): for the
 * actor's node or one below it and a local date, the reporting window of that date
 * ({@code fangkong.reporting.window-start}), counted by {@link Figures}. A node outside
 * the actor's scope is not found (404); a role that reads no figures is refused (403).
 */
@Service
public class Dashboard {

	/** The measures the dashboard shows, in the order of the 2020 report. */
	public static final List<String> MEASURES = List.of("HOME_OBSERVATION", "CENTRALISED_ISOLATION",
			"MEDICAL_OBSERVATION", "HOME_MONITORING");

	/** How many days the page's trend shows, the date included. */
	public static final int DAYS = 14;

	private final Figures figures;

	private final Jurisdictions jurisdictions;

	private final ObjectProvider<LateReports> lateReports;

	private final Clock clock;

	private final List<WorkBacklog> backlogs;

	Dashboard(Figures figures, Jurisdictions jurisdictions, ObjectProvider<LateReports> lateReports, Clock clock,
			List<WorkBacklog> backlogs) {
		this.backlogs = backlogs;
		this.figures = figures;
		this.jurisdictions = jurisdictions;
		this.lateReports = lateReports;
		this.clock = clock;
	}

	/**
	 * The dashboard page of {@code jurisdictionId} (the actor's node when null) for
	 * {@code date} (today when null): the figures, the date's hours, the last
	 * {@link #DAYS} days and the busiest checkpoints.
	 */
	@Transactional(readOnly = true)
	public DashboardPage page(Actor actor, LocalDate date, Long jurisdictionId) {
		LocalDate day = (date != null) ? date : this.figures.today();
		long nodeId = (jurisdictionId != null) ? jurisdictionId : actor.jurisdictionId();
		// The node's subtree is resolved once for the date's figures, its hours, the
		// trend and the busiest checkpoints.
		Set<Long> ids = this.figures.readableNodes(actor, nodeId);
		JurisdictionView node = this.jurisdictions.get(actor, nodeId);
		ReportingWindow today = this.figures.windowOf(day);
		FigureValues values = this.figures.count(nodeId, new FigureWindow(ids, today.from(), today.to(), nodeId));
		List<JurisdictionView> nodes = this.jurisdictions.visibleNodes(actor)
			.stream()
			.filter((n) -> n.isGrid() || n.kind() == NodeKind.TOWNSHIP || n.kind() == NodeKind.CITY)
			.toList();
		Instant hourFrom = today.from().truncatedTo(ChronoUnit.HOURS);
		List<String> hours = new ArrayList<>();
		for (Instant h = hourFrom; h.isBefore(today.to()); h = h.plus(1, ChronoUnit.HOURS)) {
			hours.add(LocalTime.ofInstant(h, this.clock.getZone()).truncatedTo(ChronoUnit.HOURS).toString());
		}
		List<LocalDate> days = new ArrayList<>();
		for (int i = DAYS - 1; i >= 0; i--) {
			days.add(day.minusDays(i));
		}
		// One pass over the 14 days' hours serves both the trend and today's hours.
		Instant trendFrom = this.figures.windowOf(days.get(0)).from().truncatedTo(ChronoUnit.HOURS);
		Map<String, List<Long>> byHour = this.figures.hourly(new FigureWindow(ids, trendFrom, today.to(), nodeId));
		int todayFirst = (int) Duration.between(trendFrom, hourFrom).toHours();
		Map<String, List<Long>> hourly = new LinkedHashMap<>();
		byHour.forEach((code, series) -> hourly.put(code, series.subList(Math.min(todayFirst, series.size()),
				Math.min(todayFirst + hours.size(), series.size()))));
		Map<String, List<Long>> daily = new LinkedHashMap<>();
		byHour.forEach((code, series) -> {
			List<Long> perDay = new ArrayList<>();
			for (LocalDate d : days) {
				ReportingWindow w = this.figures.windowOf(d);
				int first = (int) Duration.between(trendFrom, w.from()).toHours();
				int last = (int) Duration.between(trendFrom, w.to()).toHours();
				long sum = 0;
				for (int i = Math.max(0, first); i < Math.min(series.size(), last); i++) {
					sum += series.get(i);
				}
				perDay.add(sum);
			}
			daily.put(code, perDay);
		});
		return new DashboardPage(node, nodes, of(day, values, actor), values, hours, hourly, days, daily,
				this.figures.busiest(new FigureWindow(ids, today.from(), today.to(), nodeId), 5),
				FigureGroups.beyondTheKnown(values.values()), this.figures.links(nodeId));
	}

	/**
	 * The figures of {@code jurisdictionId} (the actor's own node when null) for the
	 * reporting window of {@code date} (today when null).
	 */
	@Transactional(readOnly = true)
	public DashboardFigures figures(Actor actor, LocalDate date, Long jurisdictionId) {
		LocalDate day = (date != null) ? date : this.figures.today();
		long node = (jurisdictionId != null) ? jurisdictionId : actor.jurisdictionId();
		return of(day, this.figures.count(actor, node, day), actor);
	}

	/** The figures of a node for a window already counted. */
	DashboardFigures of(LocalDate date, FigureValues values, Actor actor) {
		Map<String, Long> arrivals = new LinkedHashMap<>();
		for (OriginClass origin : OriginClass.values()) {
			arrivals.put(origin.name(), values.get("arrivals." + origin.name()));
		}
		Map<String, Long> measures = new LinkedHashMap<>();
		for (String measure : MEASURES) {
			measures.put(measure, values.get("underMeasure." + measure));
		}
		LateReports late = this.lateReports.getIfAvailable();
		long lateCount = (late != null) ? late.lateReports(actor, values.jurisdictionId(), date) : 0;
		return new DashboardFigures(date, values.jurisdictionId(), values.get("crossingsIn"),
				values.get("crossingsOut"), values.get("fevers"), values.get("turnedBack"), arrivals, measures,
				values.get("released"), values.get("openReferrals"), values.get("overdueChecks"), lateCount,
				this.backlogs.stream().map(WorkBacklog::waiting).filter((w) -> w.items() > 0).toList());
	}

	/** Whether the actor may see the dashboard at all (menu, links). */
	public boolean mayRead(Actor actor) {
		return this.figures.mayRead(actor);
	}

}
