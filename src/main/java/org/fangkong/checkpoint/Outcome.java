package org.fangkong.checkpoint;

/** What happened to the traveller at the checkpoint (处置结果). */
public enum Outcome {

	/** 放行. */
	PASSED,
	/** 劝返: outside vehicles persuaded to turn back (R-CP-4). */
	TURNED_BACK,
	/** 送发热门诊: a fever reading leads at once to the medical path (R-CP-5). */
	FEVER_CLINIC,
	/** 送留观. */
	OBSERVATION

}
