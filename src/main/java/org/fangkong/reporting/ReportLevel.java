package org.fangkong.reporting;

import java.util.Optional;

import org.fangkong.jurisdiction.NodeKind;

/** The units that file a daily report: each grid, each township, the city. */
public enum ReportLevel {

	GRID, TOWNSHIP, CITY;

	/** The level of a node kind; households, groups and buildings file no report. */
	public static Optional<ReportLevel> of(NodeKind kind) {
		if (kind.isGrid()) {
			return Optional.of(GRID);
		}
		return switch (kind) {
			case TOWNSHIP -> Optional.of(TOWNSHIP);
			case CITY -> Optional.of(CITY);
			default -> Optional.empty();
		};
	}

}
