/**
 * The audit trail (SECURITY.md AL1-AL3): logins and their failures, authorisation
 * denials, reads of full personal records, searches, exports and role changes.
 * Append-only; it holds ids, never personal data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "shared" })
package org.fangkong.audit;
