package org.fangkong.cases;

/**
 * Where a case most likely caught the infection: imported (from outside, with the origin
 * class and place), local, or a close contact of another case (the source case).
 */
public enum CaseSource {

	UNKNOWN, IMPORTED, LOCAL, CONTACT

}
