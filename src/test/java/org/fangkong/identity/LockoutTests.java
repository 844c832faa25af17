package org.fangkong.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.fangkong.audit.AuditTrail;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.support.DemoUsers.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * SECURITY.md AU3: five failed logins lock an account for ten minutes, without telling
 * who exists.
 */
@IntegrationTest
class LockoutTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	Accounts accountService;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void unlockTownship() {
		this.accountService.unlock(this.accounts.findByUsername("township").orElseThrow().getId());
	}

	@Test
	void fiveWrongPasswordsLockTheAccountForTenMinutesEvenForTheRightPassword() throws Exception {
		for (int i = 0; i < 4; i++) {
			login("township", "wrong-password-" + i).andExpect(redirectedUrl("/login?error"));
		}
		login("township", PASSWORD).andExpect(redirectedUrl("/"));
		for (int i = 0; i < 5; i++) {
			login("township", "wrong-password-" + i).andExpect(redirectedUrl("/login?error"));
		}
		login("township", PASSWORD).andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/api/v1/me").with(httpBasic("township", PASSWORD)).with(from("192.0.2.50")))
			.andExpect(status().isUnauthorized());

		UserAccount township = this.accounts.findByUsername("township").orElseThrow();
		assertThat(township.getLockedUntil()).isBetween(Instant.now().plus(Duration.ofMinutes(9)),
				Instant.now().plus(Duration.ofMinutes(10)));
		assertThat(this.audit.byActor("township", IdentityAudit.ACCOUNT_LOCKED)).isNotEmpty();
		assertThat(this.audit.byActor("township", IdentityAudit.LOGIN_FAILED)).hasSizeGreaterThanOrEqualTo(10);
	}

	@Test
	void aLockExpiresAfterItsTime() throws Exception {
		UserAccount township = this.accounts.findByUsername("township").orElseThrow();
		for (int i = 0; i < 5; i++) {
			login("township", "wrong").andExpect(redirectedUrl("/login?error"));
		}
		login("township", PASSWORD).andExpect(redirectedUrl("/login?error"));
		UserAccount locked = this.accounts.findByUsername("township").orElseThrow();
		assertThat(locked.isLocked(Instant.now())).isTrue();
		assertThat(locked.isLocked(Instant.now().plus(Duration.ofMinutes(10)).plusSeconds(1))).isFalse();
		assertThat(township.getId()).isEqualTo(locked.getId());
	}

	@Test
	void anUnknownUserAndAWrongPasswordGetTheSameAnswer() throws Exception {
		String unknown = login("nobody-at-all", "whatever-password").andReturn().getResponse().getRedirectedUrl();
		String wrong = login("commander", "whatever-password").andReturn().getResponse().getRedirectedUrl();
		assertThat(unknown).isEqualTo(wrong).isEqualTo("/login?error");
		this.accountService.unlock(this.accounts.findByUsername("commander").orElseThrow().getId());
	}

	@Test
	void aClientAddressThatFailsTooOftenIsThrottled() throws Exception {
		for (int i = 0; i < 30; i++) {
			this.mvc.perform(post("/login").param("username", "stranger" + i)
				.param("password", "nope")
				.with(csrf())
				.with((request) -> {
					request.setRemoteAddr("192.0.2.77");
					return request;
				}));
		}
		this.mvc.perform(post("/login").param("username", "commander")
			.param("password", PASSWORD)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr("192.0.2.77");
				return request;
			})).andExpect(redirectedUrl("/login?throttled"));
		login("commander", PASSWORD).andExpect(redirectedUrl("/"));
	}

	/**
	 * AU3 (issue #9): failures over HTTP Basic and with made-up tokens count against the
	 * address as well, a success in between does not wipe the count, and a throttled
	 * address gets 429 with Retry-After on the API, even with the right password.
	 */
	@Test
	void basicAndTokenGuessesThrottleTheAddressAndASuccessDoesNotResetIt() throws Exception {
		String address = "192.0.2.88";
		for (int i = 0; i < 15; i++) {
			this.mvc.perform(get("/api/v1/me").with(httpBasic("stranger" + i, "nope")).with(from(address)))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/me").with(httpBasic("commander", PASSWORD)).with(from(address)))
			.andExpect(status().isOk());
		for (int i = 0; i < 15; i++) {
			this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer fk_guess" + i).with(from(address)))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/me").with(httpBasic("commander", PASSWORD)).with(from(address)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		this.mvc.perform(get("/api/v1/me").with(httpBasic("commander", PASSWORD))).andExpect(status().isOk());
	}

	/**
	 * Issue #18: the failures of an address are counted across the nodes behind the load
	 * balancer. Rows written as another node writes them throttle the address here, at
	 * most {@link LoginAttempts#CLEAR_FOR} after this node last found it clear.
	 */
	@Test
	void failuresOnAnotherNodeThrottleTheAddressHere() throws Exception {
		String address = "192.0.2.99";
		this.mvc.perform(get("/api/v1/me").with(httpBasic("commander", PASSWORD)).with(from(address)))
			.andExpect(status().isOk());
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		for (int i = 0; i < 30; i++) {
			this.jdbc.update("insert into login_failure (address, failed_at) values (?, ?)", address, now);
		}
		try {
			this.clock.advance(LoginAttempts.CLEAR_FOR);
			this.mvc.perform(get("/api/v1/me").with(httpBasic("commander", PASSWORD)).with(from(address)))
				.andExpect(status().isTooManyRequests());
			this.mvc
				.perform(post("/login").param("username", "commander")
					.param("password", PASSWORD)
					.with(csrf())
					.with(from(address)))
				.andExpect(redirectedUrl("/login?throttled"));
			// the window has passed
			this.clock.advance(Duration.ofMinutes(10));
			this.mvc.perform(get("/api/v1/me").with(httpBasic("commander", PASSWORD)).with(from(address)))
				.andExpect(status().isOk());
		}
		finally {
			this.clock.reset();
		}
	}

	/** The failures no window counts any more are removed when failures are written. */
	@Test
	void failuresOlderThanTheWindowAreRemoved() throws Exception {
		Timestamp old = Timestamp.from(Instant.now(this.clock).minus(Duration.ofMinutes(11)));
		this.jdbc.update("insert into login_failure (address, failed_at) values (?, ?)", "192.0.2.98", old);
		try {
			this.clock.advance(LoginAttempts.PURGE_EVERY.plusSeconds(1));
			this.mvc.perform(get("/api/v1/me").with(httpBasic("stranger", "nope")).with(from("192.0.2.97")))
				.andExpect(status().isUnauthorized());
		}
		finally {
			this.clock.reset();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from login_failure where address = '192.0.2.98'",
				Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from login_failure where address = '192.0.2.97'",
				Integer.class))
			.isOne();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/**
	 * A login from an address of this class's own, so that its failures do not throttle
	 * the address the other tests share.
	 */
	private ResultActions login(String username, String password) throws Exception {
		return this.mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from("192.0.2.50")));
	}

}
