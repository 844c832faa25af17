package org.fangkong.reporting;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one jurisdiction node (and everything below it) for one window, by code
 * ({@code crossingsIn}, {@code arrivals.HUBEI}, …), in the contributors' order.
 *
 * @param jurisdictionId the chosen node
 * @param from the first instant counted
 * @param to the first instant no longer counted
 * @param values each figure's value by its code
 */
public record FigureValues(long jurisdictionId, Instant from, Instant to, Map<String, Long> values) {

	public FigureValues {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/** The value of a figure; 0 for a code no contributor answers. */
	public long get(String code) {
		return this.values.getOrDefault(code, 0L);
	}

}
