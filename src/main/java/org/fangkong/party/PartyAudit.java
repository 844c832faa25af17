package org.fangkong.party;

import java.util.List;

import org.fangkong.shared.platform.AuditCode;
import org.fangkong.shared.platform.AuditCodeContributor;

import org.springframework.stereotype.Component;

/** The audit codes of the party module: reading and writing the notes on cadres. */
public enum PartyAudit implements AuditCode {

	CADRE_NOTES_READ, CADRE_NOTE_WRITTEN;

	@Component
	static class Codes implements AuditCodeContributor {

		@Override
		public List<PartyAudit> auditCodes() {
			return List.of(values());
		}

	}

}
