package org.fangkong.screening;

import java.util.List;

import org.fangkong.shared.platform.AuditCode;
import org.fangkong.shared.platform.AuditCodeContributor;

import org.springframework.stereotype.Component;

/** The screening module's own audit codes (SECURITY.md AL1). */
public enum ScreeningAudit implements AuditCode {

	/** The retention job anonymised persons (PR2); the detail holds how many. */
	PERSONS_ANONYMISED;

	@Component
	static class Codes implements AuditCodeContributor {

		@Override
		public List<ScreeningAudit> auditCodes() {
			return List.of(values());
		}

	}

}
