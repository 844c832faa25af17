package org.fangkong.audit;

import org.fangkong.shared.platform.AuditCode;

/**
 * The audit codes every module shares: reads of full records, searches, exports, imports,
 * changes of a record and denials (SECURITY.md AL1). A module's own codes are its own
 * enum implementing {@link AuditCode}, contributed through
 * {@link org.fangkong.shared.platform.AuditCodeContributor}.
 */
public enum AuditAction implements AuditCode {

	ACCESS_DENIED, READ_FULL_RECORD, SEARCH, EXPORT, IMPORT, USER_CHANGED

}
