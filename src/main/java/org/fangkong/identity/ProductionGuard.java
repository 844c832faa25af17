package org.fangkong.identity;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * SECURITY.md AU6: the production profile refuses to start while demo users (known
 * passwords) exist.
 */
@Component
@Profile("prod")
@Order(0)
class ProductionGuard implements ApplicationRunner {

	private final Accounts accounts;

	private final String cryptoKey;

	ProductionGuard(Accounts accounts,
			@org.springframework.beans.factory.annotation.Value("${fangkong.crypto.key:}") String cryptoKey) {
		this.accounts = accounts;
		this.cryptoKey = cryptoKey;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.demoUsersPresent()) {
			throw new IllegalStateException(
					"The prod profile found demo users with the published password: remove them before going live.");
		}
		if (this.cryptoKey.isBlank() || org.fangkong.shared.PersonalDataProtection.DEMO_KEY.equals(this.cryptoKey)) {
			throw new IllegalStateException(
					"The prod profile needs its own fangkong.crypto.key (32+ random bytes, base64): the built-in key is public.");
		}
	}

}
