package org.fangkong.roster;

import java.util.List;

import org.fangkong.shared.platform.AuditCode;
import org.fangkong.shared.platform.AuditCodeContributor;

import org.springframework.stereotype.Component;

/**
 * The steps of a duty roster in the audit trail (issue #11): who created, published,
 * re-planned it, and who requested and decided each swap; the solver's result is recorded
 * as the system's with the score as detail.
 */
public enum RosterAudit implements AuditCode {

	/** A planner created a draft roster. */
	ROSTER_CREATED,
	/** The solver stored a plan; the detail holds the score. */
	ROSTER_SOLVED,
	/** A commander published a roster; the detail holds how many crew duties were fed. */
	ROSTER_PUBLISHED,
	/** A planner re-planned a published roster from a date (the detail). */
	ROSTER_REPLANNED,
	/** A swap of two shifts was requested; the detail holds the two assignment ids. */
	ROSTER_SWAP_REQUESTED,
	/** A commander approved a swap. */
	ROSTER_SWAP_APPROVED,
	/** A commander refused a swap. */
	ROSTER_SWAP_REFUSED;

	@Component
	static class Codes implements AuditCodeContributor {

		@Override
		public List<RosterAudit> auditCodes() {
			return List.of(values());
		}

	}

}
