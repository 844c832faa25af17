package org.fangkong.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fangkong.shared.Actor;
import org.fangkong.shared.OriginClass;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

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

	private final Figures figures;

	private final ObjectProvider<LateReports> lateReports;

	Dashboard(Figures figures, ObjectProvider<LateReports> lateReports) {
		this.figures = figures;
		this.lateReports = lateReports;
	}

	/**
	 * The figures of {@code jurisdictionId} (the actor's own node when null) for the
	 * reporting window of {@code date} (today when null).
	 */
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
				values.get("released"), values.get("openReferrals"), values.get("overdueChecks"), lateCount);
	}

	/** Whether the actor may see the dashboard at all (menu, links). */
	public boolean mayRead(Actor actor) {
		return this.figures.mayRead(actor);
	}

}
