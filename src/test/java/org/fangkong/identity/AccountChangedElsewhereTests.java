package org.fangkong.identity;

import java.util.Set;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #18: an account changed on another application node. That node's write is the
 * account's row and nothing else; this node's memories (the passwords it verified a
 * moment ago, the tokens it found usable) hear nothing of it. Simulated by writing the
 * row with SQL, past the JPA listener that tells this node's memories.
 */
@IntegrationTest
class AccountChangedElsewhereTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Passwords passwords;

	@Autowired
	AccessTokens tokens;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Value("${fangkong.security.token-cache}")
	java.time.Duration tokenCache;

	/**
	 * A verified password is remembered under the stored hash, and the account's row is
	 * read on every login: a new password or a disabled account counts at the very next
	 * request, although the old password was verified a moment before.
	 */
	@Test
	void aPasswordChangedOrAnAccountDisabledElsewhereCountsAtTheNextBasicLogin() throws Exception {
		long id = user("basic.elsewhere", "elsewhere-password-1");
		this.mvc.perform(get("/api/v1/me").with(httpBasic("basic.elsewhere", "elsewhere-password-1")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/me").with(httpBasic("basic.elsewhere", "elsewhere-password-1")))
			.andExpect(status().isOk());

		this.jdbc.update("update user_account set password_hash = ? where id = ?",
				PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("elsewhere-password-2"), id);
		this.mvc.perform(get("/api/v1/me").with(httpBasic("basic.elsewhere", "elsewhere-password-1")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/me").with(httpBasic("basic.elsewhere", "elsewhere-password-2")))
			.andExpect(status().isOk());

		this.jdbc.update("update user_account set enabled = false where id = ?", id);
		this.mvc.perform(get("/api/v1/me").with(httpBasic("basic.elsewhere", "elsewhere-password-2")))
			.andExpect(status().isUnauthorized());
	}

	/**
	 * A token found usable is taken at its word for {@code fangkong.security.token-cache}
	 * (10 s): an account disabled on another node is refused here at most that long
	 * after.
	 */
	@Test
	void aTokenOfAnAccountDisabledElsewhereIsRefusedAtMostTheTokenCacheLater() throws Exception {
		long id = user("token.elsewhere", "elsewhere-password-1");
		String bearer = "Bearer " + this.tokens.create(actor(id, "token.elsewhere"), "手机端", 30).secret();
		this.mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isOk());

		this.jdbc.update("update user_account set enabled = false where id = ?", id);
		try {
			this.mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isOk());
			this.clock.advance(this.tokenCache);
			this.mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isUnauthorized());
		}
		finally {
			this.clock.reset();
		}
	}

	/** A user who has chosen their own password (the initial one must be changed). */
	private long user(String username, String password) {
		long id = this.accounts.create(new Accounts.NewUser(username, "initial-password-1",
				new Accounts.Assignment("别处改动", Set.of(Role.GRID_WORKER),
						new DemoTree(this.jurisdictions, this.checkpoints).node("东岗社区"), null, true)));
		this.passwords.changeOwn(actor(id, username), "initial-password-1", password, password);
		return id;
	}

	private static Actor actor(long id, String username) {
		return Actors.user(username).id(id).role(Role.VOLUNTEER).build();
	}

}
