package org.fangkong.reporting;

import java.util.List;

import org.fangkong.shared.platform.AuditCode;
import org.fangkong.shared.platform.AuditCodeContributor;

import org.springframework.stereotype.Component;

/** The daily report's audit codes (SECURITY.md AL1). */
public enum DailyReportAudit implements AuditCode {

	/** The filler sent the report to the level above. */
	DAILY_REPORT_SUBMITTED,
	/** The level above sent it back; the detail holds the reason. */
	DAILY_REPORT_RETURNED,
	/** The level above signed it off. */
	DAILY_REPORT_APPROVED,
	/** The report was downloaded as PDF or xlsx; the detail holds which. */
	DAILY_REPORT_EXPORTED;

	@Component
	static class Codes implements AuditCodeContributor {

		@Override
		public List<DailyReportAudit> auditCodes() {
			return List.of(values());
		}

	}

}
