package org.fangkong.reporting;

/** What a user may do to a daily report: the buttons of its page. */
public enum DailyReportAction {

	/** The unit's filler saves the typed figures and the remark. */
	SAVE,
	/** The unit's filler sends it to the level above. */
	SUBMIT,
	/** The level above signs it off. */
	APPROVE,
	/** The level above sends it back with a reason. */
	RETURN

}
