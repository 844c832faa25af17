package org.fangkong.gis;

import java.util.List;

import org.fangkong.shared.platform.AuditCode;
import org.fangkong.shared.platform.AuditCodeContributor;

import org.springframework.stereotype.Component;

/** The map's own audit codes (SECURITY.md AL1). */
public enum GisAudit implements AuditCode {

	/** An administrator imported the boundary of a jurisdiction node. */
	BOUNDARY_IMPORTED,
	/** A user set the own point of a person. */
	PERSON_POINT_SET;

	@Component
	static class Codes implements AuditCodeContributor {

		@Override
		public List<GisAudit> auditCodes() {
			return List.of(values());
		}

	}

}
