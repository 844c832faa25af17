package org.fangkong.checkpoint;

/** R-CP-1: the three kinds of checkpoint. */
public enum CheckpointKind {

	/** 重要关口 / 联合检疫站: railway stations, highway toll stations. */
	KEY,
	/** 村屯检查卡点: at a village entrance. */
	VILLAGE,
	/** 分卡点: a sub-checkpoint, under a parent checkpoint. */
	SUB

}
