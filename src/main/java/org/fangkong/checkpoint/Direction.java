package org.fangkong.checkpoint;

/** Which way a traveller crosses (进 / 出). */
public enum Direction {

	IN, OUT

}
