package org.fangkong.reporting;

/** Where a daily report (日报) stands in its approval workflow (issue #10 item 4). */
public enum DailyReportState {

	/** 草稿: being filled in; its figures are counted live. */
	DRAFT,
	/** 已上报: sent to the level above; its figures are a snapshot taken at submission. */
	SUBMITTED,
	/** 已退回: sent back with a reason; corrected and submitted again. */
	RETURNED,
	/** 已审核: signed off; frozen for ever. */
	APPROVED;

	/** Whether the report counts as handed in (for the deadline). */
	public boolean handedIn() {
		return this == SUBMITTED || this == APPROVED;
	}

}
