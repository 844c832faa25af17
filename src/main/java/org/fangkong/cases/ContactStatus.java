package org.fangkong.cases;

/** The investigator's decision on a proposed contact. */
public enum ContactStatus {

	ACCEPTED, DISMISSED

}
