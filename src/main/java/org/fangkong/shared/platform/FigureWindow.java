package org.fangkong.shared.platform;

import java.time.Instant;
import java.util.Set;

/**
 * What a {@link FigureContributor} counts for: a set of jurisdiction nodes and a time
 * window, {@code from} included, {@code to} excluded.
 */
public record FigureWindow(Set<Long> jurisdictionIds, Instant from, Instant to) {

	public FigureWindow {
		jurisdictionIds = Set.copyOf(jurisdictionIds);
	}

}
