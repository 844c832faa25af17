package org.fangkong.hotline;

/** What a call to the hotline is about. */
public enum CallCategory {

	SYMPTOMS, TRAVEL_RULES, SUPPLIES, COMPLAINT, OTHER

}
