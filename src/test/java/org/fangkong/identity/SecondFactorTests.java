package org.fangkong.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.fangkong.audit.AuditTrail;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * SECURITY.md AU6 (issue #9): an account with a second factor signs in with its password
 * and then a code from its authenticator app; until then it reaches no page; a code is
 * accepted once; the API takes no password from it.
 */
@IntegrationTest
class SecondFactorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	SecondFactor secondFactor;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Clock clock;

	String username;

	Actor actor;

	@BeforeEach
	void anAdministratorWithASecondFactor() {
		this.username = "totp." + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.createDemoUser(this.username, DemoUsers.PASSWORD,
				new Accounts.Assignment("双因素 测试", Set.of(Role.ADMIN),
						this.jurisdictions.visibleNodes(Actors.demo(this.accounts, "admin")).get(0).id(), null, true));
		this.actor = Actors.demo(this.accounts, this.username);
		SecondFactor.Enrolment enrolment = this.secondFactor.begin(this.actor);
		assertThat(this.secondFactor.begin(this.actor).secret()).as("the same key until confirmed")
			.isEqualTo(enrolment.secret());
		this.secret = enrolment.secret().replace(" ", "");
		this.secondFactor.confirm(this.actor, codeNow());
		assertThat(this.secondFactor.isEnabled(this.actor.userId())).isTrue();
	}

	String secret;

	@AfterEach
	void resetTheClock() {
		((TestClock) this.clock).reset();
	}

	@Test
	void thePasswordLeadsToTheCodePageAndOnlyTheRightCodeOnceToThePlatform() throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(post("/login").param("username", this.username).param("password", DemoUsers.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login/code"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login/code"));
		this.mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/login/code"));
		this.mvc.perform(post("/login/code").session(session).with(csrf()).param("code", "000000"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("code-form")));
		((TestClock) this.clock).advance(Duration.ofSeconds(60));
		String code = codeNow();
		this.mvc.perform(post("/login/code").session(session).with(csrf()).param("code", code))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());

		MockHttpSession again = (MockHttpSession) this.mvc
			.perform(post("/login").param("username", this.username).param("password", DemoUsers.PASSWORD).with(csrf()))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(post("/login/code").session(again).with(csrf()).param("code", code))
			.andExpect(status().isOk());
		this.mvc.perform(get("/").session(again)).andExpect(redirectedUrl("/login/code"));
	}

	@Test
	void fiveWrongCodesEndTheLogin() throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(post("/login").param("username", this.username).param("password", DemoUsers.PASSWORD).with(csrf()))
			.andReturn()
			.getRequest()
			.getSession(false);
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(post("/login/code").session(session).with(csrf()).param("code", "00000" + i))
				.andExpect(status().isOk());
		}
		this.mvc.perform(post("/login/code").session(session).with(csrf()).param("code", "123456"))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void theApiTakesNoPasswordFromAnAccountWithASecondFactor() throws Exception {
		this.mvc.perform(get("/api/v1/me").with(httpBasic(this.username, DemoUsers.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorRemovesASecondFactorAndItIsAudited() {
		this.secondFactor.remove(Actors.demo(this.accounts, "admin"), this.actor.userId());
		assertThat(this.secondFactor.isEnabled(this.actor.userId())).isFalse();
		assertThat(this.audit.recent(IdentityAudit.SECOND_FACTOR_REMOVED, 0, 20).getContent())
			.anySatisfy((entry) -> assertThat(entry.targetId()).isEqualTo(Long.toString(this.actor.userId())));
	}

	@Autowired
	AuditTrail audit;

	private String codeNow() {
		return Totp.code(Totp.fromBase32(this.secret), Instant.now(this.clock).getEpochSecond() / Totp.STEP_SECONDS);
	}

}
