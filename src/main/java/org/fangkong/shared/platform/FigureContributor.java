package org.fangkong.shared.platform;

import java.util.List;

/**
 * A module's counts for the daily report and the command dashboard (issue #10 item 1,
 * R-SCR-3): the owning module counts its own tables for a set of jurisdiction nodes and a
 * time window, and the reporting module collects every such bean. A later module adds its
 * figures by declaring one more bean; no module learns that reporting exists.
 * <p>
 * Each implementation documents what "in the window" means for each of its figures (by
 * which time column a row counts) and answers every one of its codes, zero included, so
 * that a report always holds the same rows.
 */
public interface FigureContributor {

	/** The figures of the rows inside {@code window}'s nodes and time. */
	List<Figure> figures(FigureWindow window);

	/**
	 * Where the contributor's figures stand in a report, lower first (checkpoint 100,
	 * screening 200, medical 300).
	 */
	default int order() {
		return 1000;
	}

	/**
	 * Those of its figures that the contributor can split hour by hour, for a window of
	 * whole hours (charts); none by default.
	 */
	default List<FigureSeries> hourly(FigureWindow window) {
		return List.of();
	}

	/**
	 * Its places ranked by their main figure, most first, at most {@code limit}; none by
	 * default.
	 */
	default List<FigurePlace> busiest(FigureWindow window, int limit) {
		return List.of();
	}

	/**
	 * The lists behind its figures for a node (the node the dashboard shows); none by
	 * default. Codes without a link show as plain numbers.
	 */
	default List<FigureLink> links(long nodeId) {
		return List.of();
	}

}
