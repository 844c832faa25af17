package org.fangkong.shared.platform;

import java.util.List;

/**
 * A figure hour by hour (issue #10 item 2: crossings in/out per hour): value {@code i}
 * counts the hour that begins {@code i} hours after the window's start.
 *
 * @param code the figure's code, as in {@link Figure}
 * @param values one count per hour of the window
 */
public record FigureSeries(String code, List<Long> values) {

	public FigureSeries {
		values = List.copyOf(values);
	}

}
