package org.fangkong.cases;

import java.util.List;

import org.fangkong.shared.platform.AuditCode;
import org.fangkong.shared.platform.AuditCodeContributor;

import org.springframework.stereotype.Component;

/**
 * The audit codes of the cases module: every read of cases, contacts and chains (the most
 * sensitive records here), and the investigator's changes.
 */
public enum CaseAudit implements AuditCode {

	CASE_OPENED, CASES_LISTED, CASE_READ, CASE_CHANGED, CONTACT_CANDIDATES_READ, CONTACT_DECIDED, CONTACTS_READ,
	CHAINS_READ;

	@Component
	static class Codes implements AuditCodeContributor {

		@Override
		public List<CaseAudit> auditCodes() {
			return List.of(values());
		}

	}

}
