package org.fangkong.publicity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The citizens' pledge (issue #16 item 4) through the public form: 200 pledges at once
 * count 200, in total and for their township; the same form sent twice counts once; the
 * 101st pledge in a minute from one client is refused, also when its pledges reach
 * several application nodes; a form without the proof of work counts nothing.
 */
@IntegrationTest
class PledgeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Pledges pledges;

	@Autowired
	org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate jdbc;

	@Autowired
	org.fangkong.support.TestClock clock;

	@Test
	void twoHundredConcurrentPledgesCountTwoHundred() throws Exception {
		long township = this.pledges.townships().get(0).id();
		PledgeCount before = this.pledges.count();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			tokens.add(this.pledges.challenge());
		}
		List<String> nonces = tokens.stream().map((t) -> PledgeGuard.solve(t, this.pledges.difficulty())).toList();
		ExecutorService pool = Executors.newFixedThreadPool(32);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				int n = i;
				answers.add(pool.submit(() -> pledge(township, tokens.get(n), nonces.get(n), client()).andReturn()
					.getResponse()
					.getStatus()));
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdown();
		}
		PledgeCount after = this.pledges.count();
		assertThat(after.count() - before.count()).isEqualTo(200);
		assertThat(of(after, township) - of(before, township)).isEqualTo(200);
		this.mvc.perform(get("/api/v1/pledges/count").with(basic("publicity")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(after.count()))
			.andExpect(jsonPath("$.byTownship[0].count").isNumber());
	}

	@Test
	void theSameFormCountsOnceAndAFormWithoutProofOfWorkNotAtAll() throws Exception {
		long township = this.pledges.townships().get(0).id();
		long before = this.pledges.count().count();
		String token = this.pledges.challenge();
		String nonce = PledgeGuard.solve(token, this.pledges.difficulty());
		RequestPostProcessor client = client();
		pledge(township, token, nonce, client).andExpect(status().isFound());
		pledge(township, token, nonce, client).andExpect(status().isFound());
		pledge(township, this.pledges.challenge(), "1", client).andExpect(status().isBadRequest());
		pledge(township, "forged." + System.currentTimeMillis() / 1000 + ".abc", "1", client)
			.andExpect(status().isBadRequest());
		assertThat(this.pledges.count().count() - before).isEqualTo(1);
	}

	@Test
	void theHundredAndFirstPledgeInAMinuteFromOneClientIsRefused() throws Exception {
		long township = this.pledges.townships().get(0).id();
		RequestPostProcessor client = client();
		for (int i = 0; i < 100; i++) {
			String token = this.pledges.challenge();
			pledge(township, token, PledgeGuard.solve(token, this.pledges.difficulty()), client)
				.andExpect(status().isFound());
		}
		long before = this.pledges.count().count();
		String token = this.pledges.challenge();
		pledge(township, token, PledgeGuard.solve(token, this.pledges.difficulty()), client)
			.andExpect(status().isTooManyRequests());
		assertThat(this.pledges.count().count()).isEqualTo(before);
		// another client is not held back
		pledge(township, token, PledgeGuard.solve(token, this.pledges.difficulty()), client())
			.andExpect(status().isFound());
	}

	@Test
	void theRateLimitIsSharedByTheApplicationNodesAndAgainOpenAMinuteLater() throws Exception {
		// two application nodes: two limits over the one database
		PledgeRateLimit one = new PledgeRateLimit(this.jdbc, 100, this.clock);
		PledgeRateLimit other = new PledgeRateLimit(this.jdbc, 100, this.clock);
		String client = "10.9.8.7-" + UUID.randomUUID();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> answers = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				PledgeRateLimit node = (i % 2 == 0) ? one : other;
				answers.add(pool.submit(() -> node.admit(client)));
			}
			for (Future<Boolean> answer : answers) {
				assertThat(answer.get()).isTrue();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(one.admit(client)).isFalse();
		assertThat(other.admit(client)).isFalse();
		this.clock.advance(PledgeRateLimit.WINDOW.plusSeconds(1));
		try {
			assertThat(other.admit(client)).isTrue();
		}
		finally {
			this.clock.reset();
		}
	}

	private ResultActions pledge(long township, String token, String nonce, RequestPostProcessor client)
			throws Exception {
		return this.mvc.perform(post("/pledge").with(csrf())
			.with(client)
			.param("townshipId", Long.toString(township))
			.param("name", "张三")
			.param("token", token)
			.param("nonce", nonce));
	}

	private static RequestPostProcessor client() {
		String address = "10." + ThreadLocalRandom.current().nextInt(256) + "."
				+ ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256) + "-"
				+ UUID.randomUUID();
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static long of(PledgeCount count, long township) {
		return count.byTownship().stream().filter((t) -> t.townshipId() == township).findFirst().orElseThrow().count();
	}

}
