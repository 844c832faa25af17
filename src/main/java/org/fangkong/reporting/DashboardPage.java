package org.fangkong.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.shared.platform.FigureLink;
import org.fangkong.shared.platform.FigurePlace;

/**
 * Everything the dashboard page shows for one node and one local date (issue #10 item 2).
 *
 * @param node the node, everything below it included
 * @param nodes the nodes the actor may pick (their scope down to the grids)
 * @param figures the binding figures of the date
 * @param values every figure of the date by code (cumulative arrivals and totals too)
 * @param hours the local hour labels of the date's window
 * @param hourly crossings in and out, fevers, turned back per hour of the date's window
 * @param days the 14 dates up to the date
 * @param daily crossings in and out, fevers, turned back, arrivals per day of the 14
 * @param busiest the busiest checkpoints of the date
 * @param more the figures of the other modules by report group (beds, cases, volunteers,
 * disinfection, releases, …), {@link FigureGroups#beyondTheKnown}
 * @param moreLinks the lists behind those figures, as their modules name them
 */
public record DashboardPage(JurisdictionView node, List<JurisdictionView> nodes, DashboardFigures figures,
		FigureValues values, List<String> hours, Map<String, List<Long>> hourly, List<LocalDate> days,
		Map<String, List<Long>> daily, List<FigurePlace> busiest, List<FigureGroups.Group> more,
		List<FigureLink> moreLinks) {

	public DashboardPage {
		nodes = List.copyOf(nodes);
		hours = List.copyOf(hours);
		hourly = Map.copyOf(hourly);
		days = List.copyOf(days);
		daily = Map.copyOf(daily);
		busiest = List.copyOf(busiest);
		more = List.copyOf(more);
		moreLinks = List.copyOf(moreLinks);
	}

}
