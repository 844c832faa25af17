package org.fangkong;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.fangkong.support.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events that finish (issue #7, RE3): a listener that fails once gets the event again
 * from the scheduled resubmission while the platform runs, without a restart, and the
 * completed publication moves to the archive.
 */
@ExtendWith(PostgresDatabase.class)
@SpringBootTest
@ActiveProfiles("test")
class EventResubmissionTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FailsOnce listener;

	@Test
	void aListenerThatFailedOnceCompletesWithoutARestart() {
		ProbeHappened probe = new ProbeHappened(UUID.randomUUID());

		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(probe));

		await().atMost(Duration.ofSeconds(30)).until(() -> this.listener.handled(probe));
		assertThat(this.listener.deliveries(probe)).isEqualTo(2);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(publications("event_publication", probe)).isZero();
			assertThat(publications("event_publication_archive", probe)).isOne();
		});
	}

	private int publications(String table, ProbeHappened probe) {
		return this.jdbc.queryForObject(
				"select count(*) from " + table + " where listener_id = ? and serialized_event" + " like ?",
				Integer.class, FailsOnce.ID, "%" + probe.id() + "%");
	}

	record ProbeHappened(UUID id) {

	}

	/** Throws at the first delivery of each event, completes at the second. */
	static class FailsOnce {

		static final String ID = "test.fails-once";

		private final Map<UUID, Integer> deliveries = new ConcurrentHashMap<>();

		private final Map<UUID, Boolean> handled = new ConcurrentHashMap<>();

		@ApplicationModuleListener(id = ID)
		void on(ProbeHappened probe) {
			if (this.deliveries.merge(probe.id(), 1, Integer::sum) == 1) {
				throw new IllegalStateException("the first delivery fails on purpose");
			}
			this.handled.put(probe.id(), true);
		}

		boolean handled(ProbeHappened probe) {
			return this.handled.containsKey(probe.id());
		}

		int deliveries(ProbeHappened probe) {
			return this.deliveries.getOrDefault(probe.id(), 0);
		}

	}

	@TestConfiguration
	static class Listeners {

		@Bean
		FailsOnce failsOnce() {
			return new FailsOnce();
		}

	}

}
