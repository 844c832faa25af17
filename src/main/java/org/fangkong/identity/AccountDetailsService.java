package org.fangkong.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for Spring Security; a locked or disabled account is refused before the
 * password is checked.
 */
@Component
@Transactional(readOnly = true)
class AccountDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final Clock clock;

	AccountDetailsService(UserAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByUsername(username)
			.map(this::principalOf)
			.orElseThrow(() -> new UsernameNotFoundException("bad credentials"));
	}

	Optional<AccountPrincipal> reload(long userId) {
		return this.accounts.findById(userId).map(this::principalOf);
	}

	AccountPrincipal principalOf(UserAccount account) {
		Instant now = Instant.now(this.clock);
		return new AccountPrincipal(account.toActor(), account.getPasswordHash(), account.isEnabled(),
				account.isLocked(now), account.isMustChangePassword(), account.isTotpEnabled());
	}

}
