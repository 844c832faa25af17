package org.fangkong.publicity;

/** Where the handling of an opinion incident stands. */
public enum IncidentStatus {

	OPEN, HANDLING, CLOSED

}
