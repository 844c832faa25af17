package org.fangkong;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.fangkong.shared.NodeName;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs on several application nodes (issue #18): every {@code @Scheduled}
 * method that changes shared data also carries {@code @SchedulerLock}, so that it runs on
 * one node at a time. The lock is a row of table {@code shedlock} (ShedLock), moved
 * forward with the database's clock, so that nodes whose clocks differ agree. A job fired
 * by a cron expression (the nightly retention) holds its lock at least
 * {@code fangkong.jobs.cron-lock-at-least} after it started, so that a node whose clock
 * is a little late cannot run the same night's job again; the jobs that run every few
 * minutes only exclude each other, since each of them does the work still left to do and
 * a second run finds none.
 * <p>
 * Every run is recorded in {@code job_run} (job, node, start), kept 30 days: the record
 * of which node ran what when, and what {@code scripts/cluster-drill.sh} counts.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
class ScheduledJobs {

	/** How long the record of a run is kept. */
	static final Duration KEPT = Duration.ofDays(30);

	@Bean
	LockProvider lockProvider(DataSource dataSource, Clock clock, @Value("${fangkong.node-name:}") String nodeName) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String node = NodeName.of(nodeName);
		LockProvider locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(jdbc)
			.usingDbTime()
			.withLockedByValue(node)
			.build());
		return new RecordedRuns(locks, jdbc, node, clock);
	}

	/** Records every run that got its lock. */
	static final class RecordedRuns implements LockProvider {

		private final LockProvider locks;

		private final JdbcTemplate jdbc;

		private final String node;

		private final Clock clock;

		RecordedRuns(LockProvider locks, JdbcTemplate jdbc, String node, Clock clock) {
			this.locks = locks;
			this.jdbc = jdbc;
			this.node = node;
			this.clock = clock;
		}

		@Override
		public Optional<SimpleLock> lock(LockConfiguration configuration) {
			Optional<SimpleLock> lock = this.locks.lock(configuration);
			if (lock.isPresent()) {
				Instant now = Instant.now(this.clock);
				this.jdbc.update("delete from job_run where job = ? and started_at < ?", configuration.getName(),
						Timestamp.from(now.minus(KEPT)));
				this.jdbc.update("insert into job_run (job, node, started_at) values (?, ?, ?)",
						configuration.getName(), this.node, Timestamp.from(now));
			}
			return lock;
		}

	}

}
