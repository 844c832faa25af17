package org.fangkong.checkpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.DemoTree;
import org.fangkong.support.RegistrationJson;
import org.fangkong.support.RestartablePostgres;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * SECURITY.md RE5 (issue #9 item 11): the crews keep registering while PostgreSQL
 * restarts. Every registration the platform acknowledged (201) is stored exactly once;
 * every other one was answered 503 with Retry-After, and sent again with its key it is
 * stored once too; the platform recovers by itself, without a restart. The server is a
 * cluster of the test's own (port 55433), really stopped and started.
 */
@ExtendWith(RestartablePostgres.class)
@SpringBootTest(properties = { "spring.datasource.hikari.connection-timeout=2000",
		"spring.datasource.hikari.maximum-pool-size=4" })
@AutoConfigureMockMvc
@ActiveProfiles({ "demo", "test" })
class RegistrationFaultTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", RestartablePostgres::url);
		registry.add("spring.datasource.username", () -> RestartablePostgres.USER);
		registry.add("spring.datasource.password", () -> "");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	record Sent(String key, String body, int status, String retryAfter) {
	}

	@Test
	void registrationsDuringARestartAreStoredOnceOrAnswered503() throws Exception {
		long station = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("神树火车站");
		ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService crews = Executors.newFixedThreadPool(3);
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			running.add(crews.submit(() -> {
				while (!stop.get()) {
					String key = UUID.randomUUID().toString();
					String body = RegistrationJson.crossing().idNumber(TestIds.next()).json();
					MockHttpServletResponse answer = send(station, key, body);
					sent.add(new Sent(key, body, answer.getStatus(), answer.getHeader("Retry-After")));
					Thread.sleep(100);
				}
				return null;
			}));
		}
		Thread.sleep(2000);
		RestartablePostgres.restart(4000);
		Thread.sleep(4000);
		stop.set(true);
		for (Future<?> crew : running) {
			crew.get(60, TimeUnit.SECONDS);
		}
		crews.shutdown();

		Map<Integer, Long> byStatus = sent.stream().collect(Collectors.groupingBy(Sent::status, Collectors.counting()));
		assertThat(byStatus.keySet()).as("answers by status: %s", byStatus).containsOnly(201, 503);
		assertThat(byStatus.get(503)).as("the restart was noticed: %s", byStatus).isPositive();
		assertThat(byStatus.get(201)).as("registrations went through: %s", byStatus).isPositive();
		assertThat(sent).filteredOn((s) -> s.status() == 503).allMatch((s) -> "5".equals(s.retryAfter()));

		long crew = this.jdbc.queryForObject("select id from user_account where username = 'crew'", Long.class);
		Function<Sent, Long> rows = (s) -> this.jdbc.queryForObject(
				"select count(*) from registration where idempotency_key = ?", Long.class,
				Registrations.storedKey(s.key(), crew, station, RegistrationSource.CREW));
		for (Sent s : sent) {
			if (s.status() == 201) {
				assertThat(rows.apply(s)).as("an acknowledged registration is stored once").isEqualTo(1);
			}
			else {
				// the crew's queue sends it again with the same key once the server
				// answers
				assertThat(send(station, s.key(), s.body()).getStatus()).isEqualTo(201);
				assertThat(rows.apply(s)).as("a resent registration is stored once").isEqualTo(1);
			}
		}
	}

	private MockHttpServletResponse send(long station, String key, String body) throws Exception {
		return this.mvc
			.perform(post("/api/v1/checkpoints/{id}/registrations", station).with(basic("crew"))
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
	}

}
