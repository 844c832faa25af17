package org.fangkong.screening;

/**
 * Where a screening lead came from (线索来源): handed down from above or a big-data list, a
 * checkpoint, found by the grid, or self-reported.
 */
public enum LeadSource {

	HANDED_DOWN, CHECKPOINT, GRID_FOUND, SELF_REPORTED

}
