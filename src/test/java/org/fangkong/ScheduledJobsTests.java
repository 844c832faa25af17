package org.fangkong;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #18: a scheduled job runs on one node at a time, and each run is recorded. Two
 * nodes are two lock providers on the same PostgreSQL database, as on two machines.
 */
@IntegrationTest
class ScheduledJobsTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void whileOneNodeRunsAJobTheOtherSkipsItAndTheRunIsRecordedOnce() {
		LockProvider nodeA = this.nodeNamed("node-a");
		LockProvider nodeB = this.nodeNamed("node-b");
		String job = "test-" + UUID.randomUUID().toString().substring(0, 8);

		Optional<SimpleLock> first = nodeA.lock(lock(job, Duration.ZERO));
		Optional<SimpleLock> second = nodeB.lock(lock(job, Duration.ZERO));

		assertThat(first).isPresent();
		assertThat(second).as("the other node skips the job while it runs").isEmpty();
		first.get().unlock();
		assertThat(nodeB.lock(lock(job, Duration.ZERO))).as("once it finished, either node may run it").isPresent();
		assertThat(this.jdbc.queryForList("select node from job_run where job = ? order by id", String.class, job))
			.containsExactly("node-a", "node-b");
	}

	@Test
	void aNightlyJobHeldAtLeastAWhileIsNotRunAgainByANodeWhoseClockIsLate() {
		LockProvider nodeA = this.nodeNamed("node-a");
		LockProvider nodeB = this.nodeNamed("node-b");
		String job = "test-" + UUID.randomUUID().toString().substring(0, 8);

		nodeA.lock(lock(job, Duration.ofSeconds(15))).orElseThrow().unlock();

		assertThat(nodeB.lock(lock(job, Duration.ofSeconds(15)))).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from job_run where job = ?", Integer.class, job)).isOne();
	}

	private LockProvider nodeNamed(String name) {
		return new ScheduledJobs().lockProvider(this.dataSource, this.clock, name);
	}

	/**
	 * The lock times come from the database (usingDbTime), so its creation instant plays
	 * no part.
	 */
	private static LockConfiguration lock(String job, Duration atLeast) {
		return new LockConfiguration(Instant.EPOCH, job, Duration.ofMinutes(1), atLeast);
	}

}
