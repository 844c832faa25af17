package org.fangkong.jurisdiction;

/**
 * The kinds of node of the jurisdiction tree, top down (R-GRID-1). Villages and
 * communities are the grids (网格). A city may use any depth: a kind only says what a node
 * is, not where it must sit.
 */
public enum NodeKind {

	/** 市 / 县. */
	CITY,
	/** 乡 / 镇. */
	TOWNSHIP,
	/** 村 / 屯. */
	VILLAGE,
	/** 社区. */
	COMMUNITY,
	/** 组. */
	GROUP,
	/** 楼宇 / 小区. */
	BUILDING,
	/** 户. */
	HOUSEHOLD;

	/** Whether nodes of this kind are grids, the unit of screening (网格). */
	public boolean isGrid() {
		return this == VILLAGE || this == COMMUNITY;
	}

}
