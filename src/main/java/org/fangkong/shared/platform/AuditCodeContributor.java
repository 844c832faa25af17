package org.fangkong.shared.platform;

import java.util.List;

/** The audit codes a module records, for the audit page's filter. */
public interface AuditCodeContributor {

	List<? extends AuditCode> auditCodes();

}
