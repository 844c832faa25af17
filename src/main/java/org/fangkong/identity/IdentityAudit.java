package org.fangkong.identity;

import java.util.List;

import org.fangkong.shared.platform.AuditCode;
import org.fangkong.shared.platform.AuditCodeContributor;

import org.springframework.stereotype.Component;

/** The audit codes of sign-in and account administration (SECURITY.md AL1). */
public enum IdentityAudit implements AuditCode {

	LOGIN, LOGIN_FAILED, LOGOUT, ACCOUNT_LOCKED, USER_CREATED, ROLES_CHANGED, USER_UNLOCKED, PASSWORD_CHANGED,
	PASSWORD_RESET, TOKEN_CREATED, TOKEN_REVOKED, SECOND_FACTOR_ENABLED, SECOND_FACTOR_FAILED, SECOND_FACTOR_REMOVED;

	@Component
	static class Codes implements AuditCodeContributor {

		@Override
		public List<IdentityAudit> auditCodes() {
			return List.of(values());
		}

	}

}
