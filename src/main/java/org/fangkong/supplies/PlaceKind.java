package org.fangkong.supplies;

/** What a stock place is: a warehouse (仓库), or where supplies are sent. */
public enum PlaceKind {

	WAREHOUSE, CHECKPOINT, HOSPITAL, TEAM, TOWNSHIP

}
