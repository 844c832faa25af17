package org.fangkong.identity;

import java.util.Set;

import org.fangkong.jurisdiction.JurisdictionSeeding;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NewNode;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a new installation: when no user exists and
 * {@code fangkong.bootstrap.admin-password} is set, creates {@code admin} with that
 * initial password (to be changed at first login) and, if the tree is empty, a root node
 * named by {@code fangkong.bootstrap.city-name}.
 */
@Component
@Order(5)
class AdministratorBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

	private final UserAccountRepository users;

	private final Accounts accounts;

	private final Jurisdictions jurisdictions;

	private final JurisdictionSeeding tree;

	private final String password;

	private final String cityName;

	AdministratorBootstrap(UserAccountRepository users, Accounts accounts, Jurisdictions jurisdictions,
			JurisdictionSeeding tree, @Value("${fangkong.bootstrap.admin-password:}") String password,
			@Value("${fangkong.bootstrap.city-name:本市}") String cityName) {
		this.users = users;
		this.accounts = accounts;
		this.jurisdictions = jurisdictions;
		this.tree = tree;
		this.password = password;
		this.cityName = cityName;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.password.isBlank() || this.users.count() > 0) {
			return;
		}
		JurisdictionView root = this.jurisdictions.all()
			.stream()
			.filter((node) -> node.parentId() == null)
			.findFirst()
			.orElseGet(() -> this.tree
				.add(new NewNode(null, "ROOT", this.cityName, NodeKind.CITY, null, null, null, null, false)));
		this.accounts.create(new Accounts.NewUser("admin", this.password,
				new Accounts.Assignment("系统管理员", Set.of(Role.ADMIN), root.id(), null, true)));
		log.info("Created the first administrator 'admin' for {}; the password must be changed at first login",
				root.name());
	}

}
