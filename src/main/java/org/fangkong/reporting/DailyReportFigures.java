package org.fangkong.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.platform.Figure;
import org.fangkong.shared.platform.FigureContributor;
import org.fangkong.shared.platform.FigureWindow;

import org.springframework.stereotype.Component;

/**
 * Counts a unit's figures for a window from every {@link FigureContributor} (issue #10
 * item 3): every code any module answers, so that a later module's figures appear without
 * a change here. A unit counts its own node and everything below it, so a township's
 * figure is the sum of its grids' and of what sits at the township itself (e.g. a
 * checkpoint placed on the township). Arrivals are also counted cumulatively, from the
 * beginning to the window's end ({@code cumulative.arrivals.*}).
 */
@Component
class DailyReportFigures {

	static final String CUMULATIVE = "cumulative.";

	private final List<FigureContributor> contributors;

	private final Jurisdictions jurisdictions;

	DailyReportFigures(List<FigureContributor> contributors, Jurisdictions jurisdictions) {
		this.contributors = contributors;
		this.jurisdictions = jurisdictions;
	}

	/** The figures of the unit's node and all below it, counted now. */
	Map<String, Long> count(long unitId, Instant from, Instant to) {
		Set<Long> ids = Set.copyOf(this.jurisdictions.subtreeIds(unitId));
		Map<String, Long> figures = new TreeMap<>();
		FigureWindow window = new FigureWindow(ids, from, to);
		FigureWindow sinceStart = new FigureWindow(ids, Instant.EPOCH, to);
		for (FigureContributor contributor : this.contributors) {
			List<Figure> answer = contributor.figures(window);
			for (Figure figure : answer) {
				figures.merge(figure.code(), figure.value(), Long::sum);
			}
			if (answer.stream().anyMatch((figure) -> figure.code().startsWith("arrivals."))) {
				for (Figure figure : contributor.figures(sinceStart)) {
					if (figure.code().startsWith("arrivals.")) {
						figures.merge(CUMULATIVE + figure.code(), figure.value(), Long::sum);
					}
				}
			}
		}
		return figures;
	}

}
