package org.fangkong.volunteer;

/** The kinds of team the article names (R-VOL-3, R-GRID-3). */
public enum TeamKind {

	/** 驻村工作队. */
	VILLAGE_WORK_TEAM,
	/** 突击队: serves the prevention units (buildings, quarters) as a reserve. */
	ASSAULT_TEAM,
	/** 社区排查小组: volunteers helping a community screen. */
	SCREENING_GROUP

}
