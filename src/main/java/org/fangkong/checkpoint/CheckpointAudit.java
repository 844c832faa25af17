package org.fangkong.checkpoint;

import java.util.List;

import org.fangkong.shared.platform.AuditCode;
import org.fangkong.shared.platform.AuditCodeContributor;

import org.springframework.stereotype.Component;

/** The checkpoint module's own audit codes (SECURITY.md AL1). */
public enum CheckpointAudit implements AuditCode {

	/** The retention job anonymised crossings (PR2); the detail holds how many. */
	REGISTRATIONS_ANONYMISED;

	@Component
	static class Codes implements AuditCodeContributor {

		@Override
		public List<CheckpointAudit> auditCodes() {
			return List.of(values());
		}

	}

}
