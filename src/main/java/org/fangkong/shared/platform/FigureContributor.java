package org.fangkong.shared.platform;

import java.util.List;

/**
 * A module's figures for a set of jurisdiction nodes and a window (issue #10): the
 * reporting module adds up every contributor's answer, so a later module's figures appear
 * in the dashboard and the daily report without changes there.
 */
public interface FigureContributor {

	List<Figure> figures(FigureWindow window);

}
