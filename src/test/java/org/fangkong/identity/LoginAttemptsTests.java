package org.fangkong.identity;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.fangkong.support.MovableClock;
import org.fangkong.support.PostgresDatabase;
import org.fangkong.support.ScratchDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #18, SECURITY.md AU3: the failed logins of a client address are counted across
 * the application nodes of one database. Two {@link LoginAttempts} on one database stand
 * for two nodes; the table is made by its migration, on PostgreSQL and on H2 in
 * PostgreSQL mode. Three failures in ten minutes throttle an address here.
 */
class LoginAttemptsTests {

	static final SecuritySettings SETTINGS = new SecuritySettings(12, 5, Duration.ofMinutes(10), 3,
			Duration.ofMinutes(10), 90, 365);

	static final String ADDRESS = "198.51.100.7";

	@Nested
	@ExtendWith(PostgresDatabase.class)
	class OnPostgres extends Scenarios {

		@BeforeEach
		void database() throws SQLException {
			migrated(ScratchDatabases.postgres("attempts"));
		}

	}

	@Nested
	class OnH2 extends Scenarios {

		@BeforeEach
		void database(@TempDir Path dataDir) {
			migrated(ScratchDatabases.h2(dataDir, "attempts"));
		}

	}

	/**
	 * RE5: while the database cannot be reached, nobody is throttled and nothing fails.
	 */
	@Test
	void withoutTheDatabaseNoAddressIsThrottledAndAFailureIsNotKept() {
		DataSource down = new AbstractDataSource() {

			@Override
			public java.sql.Connection getConnection() throws SQLException {
				throw new SQLTransientConnectionException("Connection is not available, request timed out");
			}

			@Override
			public java.sql.Connection getConnection(String username, String password) throws SQLException {
				return getConnection();
			}

		};
		LoginAttempts attempts = new LoginAttempts(null, null, SETTINGS,
				new MovableClock(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC), new JdbcTemplate(down));
		attempts.failedFrom(ADDRESS);
		assertThat(attempts.isThrottled(ADDRESS)).isFalse();
	}

	abstract static class Scenarios {

		final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

		JdbcTemplate jdbc;

		LoginAttempts here;

		LoginAttempts elsewhere;

		void migrated(DataSource dataSource) {
			new ResourceDatabasePopulator(new ClassPathResource("db/migration/identity/V1_18_20__login_failure.sql"))
				.execute(dataSource);
			this.jdbc = new JdbcTemplate(dataSource);
			this.here = new LoginAttempts(null, null, SETTINGS, this.clock, this.jdbc);
			this.elsewhere = new LoginAttempts(null, null, SETTINGS, this.clock, new JdbcTemplate(dataSource));
		}

		@Test
		void failuresOnAnotherNodeThrottleTheAddressHereAtMostASecondLater() {
			assertThat(this.here.isThrottled(ADDRESS)).isFalse();
			for (int i = 0; i < 3; i++) {
				this.elsewhere.failedFrom(ADDRESS);
			}
			assertThat(this.elsewhere.isThrottled(ADDRESS)).as("on the node that saw them").isTrue();
			assertThat(this.here.isThrottled(ADDRESS)).as("found clear a moment ago").isFalse();

			this.clock.advance(LoginAttempts.CLEAR_FOR);

			assertThat(this.here.isThrottled(ADDRESS)).isTrue();
			assertThat(this.here.isThrottled("198.51.100.8")).isFalse();
		}

		@Test
		void aFailureHereCountsAtOnceAndTheWindowEnds() {
			this.elsewhere.failedFrom(ADDRESS);
			this.elsewhere.failedFrom(ADDRESS);
			assertThat(this.here.isThrottled(ADDRESS)).isFalse();
			this.here.failedFrom(ADDRESS);
			assertThat(this.here.isThrottled(ADDRESS)).isTrue();

			this.clock.advance(SETTINGS.ipWindow());

			assertThat(this.here.isThrottled(ADDRESS)).isFalse();
			assertThat(this.elsewhere.isThrottled(ADDRESS)).isFalse();
		}

		@Test
		void failuresOlderThanTheWindowAreRemovedWhenFailuresAreWritten() {
			this.here.failedFrom(ADDRESS);
			this.clock.advance(SETTINGS.ipWindow().plusSeconds(1));
			this.elsewhere.failedFrom("198.51.100.8");
			this.here.failedFrom("198.51.100.9");

			assertThat(this.jdbc.queryForList("select address from login_failure order by address", String.class))
				.containsExactly("198.51.100.8", "198.51.100.9");
		}

	}

}
