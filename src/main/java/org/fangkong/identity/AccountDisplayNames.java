package org.fangkong.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.fangkong.shared.platform.DisplayNames;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The accounts' display names for the other modules ({@link DisplayNames}). */
@Component
class AccountDisplayNames implements DisplayNames {

	private final UserAccountRepository accounts;

	AccountDisplayNames(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, String> of(Collection<String> usernames) {
		var wanted = usernames.stream().filter(Objects::nonNull).collect(Collectors.toSet());
		if (wanted.isEmpty()) {
			return new java.util.HashMap<>();
		}
		return this.accounts.findByUsernameIn(wanted)
			.stream()
			.filter((account) -> account.getDisplayName() != null && !account.getDisplayName().isBlank())
			.collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getDisplayName, (a, b) -> a));
	}

}
