package org.fangkong.notice;

/** How urgent a notice is: an urgent one is reminded sooner. */
public enum Urgency {

	NORMAL, URGENT

}
