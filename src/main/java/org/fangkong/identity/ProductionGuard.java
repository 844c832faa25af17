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

	ProductionGuard(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.demoUsersPresent()) {
			throw new IllegalStateException(
					"The prod profile found demo users with the published password: remove them before going live.");
		}
	}

}
