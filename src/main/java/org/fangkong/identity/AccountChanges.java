package org.fangkong.identity;

import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.stereotype.Component;

/**
 * Tells {@link RecentTokens} of every change to an account's row — a lock after failed
 * logins, a disabled account, a new password, roles or jurisdiction — so that its tokens
 * are checked against the database again on their next use.
 */
@Component
class AccountChanges {

	private final RecentTokens recent;

	AccountChanges(RecentTokens recent) {
		this.recent = recent;
	}

	@PostUpdate
	@PostRemove
	void changed(UserAccount account) {
		if (account.getId() != null) {
			this.recent.forgetUser(account.getId());
		}
	}

}
