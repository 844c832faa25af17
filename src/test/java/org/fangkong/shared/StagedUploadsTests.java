package org.fangkong.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

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
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #18: a dry run's file waits in the database, so that the commit can reach another
 * node than the dry run. Two {@link StagedUploads} on one database stand for two nodes;
 * the table is made by its migration, on PostgreSQL and on H2 in PostgreSQL mode.
 */
class StagedUploadsTests {

	@Nested
	@ExtendWith(PostgresDatabase.class)
	class OnPostgres extends Scenarios {

		@BeforeEach
		void database() throws SQLException {
			migrated(ScratchDatabases.postgres("staged"));
		}

	}

	@Nested
	class OnH2 extends Scenarios {

		@BeforeEach
		void database(@TempDir Path dataDir) {
			migrated(ScratchDatabases.h2(dataDir, "staged"));
		}

	}

	abstract static class Scenarios {

		final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

		JdbcTemplate jdbc;

		StagedUploads dryRunNode;

		StagedUploads commitNode;

		void migrated(DataSource dataSource) {
			new ResourceDatabasePopulator(new ClassPathResource("db/migration/shared/V1_18_30__staged_upload.sql"))
				.execute(dataSource);
			this.jdbc = new JdbcTemplate(dataSource);
			this.dryRunNode = new StagedUploads(this.jdbc, this.clock);
			this.commitNode = new StagedUploads(new JdbcTemplate(dataSource), this.clock);
		}

		@Test
		void aFileStagedOnOneNodeIsOpenedOnAnotherAndGoneEverywhereOnceDiscarded() throws IOException {
			byte[] file = new byte[10 * 1024 * 1024];
			new Random(18).nextBytes(file);
			String token = this.dryRunNode.stage(new ByteArrayInputStream(file));

			try (InputStream in = this.commitNode.open(token).orElseThrow()) {
				assertThat(in.readAllBytes()).isEqualTo(file);
			}
			this.commitNode.discard(token);

			assertThat(this.dryRunNode.open(token)).isEmpty();
			assertThat(this.commitNode.open(token)).isEmpty();
		}

		@Test
		void aFileWaitsAnHourAndIsRemovedWhenTheNextIsStaged() throws IOException {
			String abandoned = this.dryRunNode.stage(new ByteArrayInputStream(new byte[] { 1, 2, 3 }));
			this.clock.advance(StagedUploads.KEPT.minusSeconds(1));
			assertThat(this.commitNode.open(abandoned)).isPresent();

			this.clock.advance(Duration.ofSeconds(2));
			assertThat(this.commitNode.open(abandoned)).as("older than an hour").isEmpty();
			String next = this.commitNode.stage(new ByteArrayInputStream(new byte[] { 4 }));

			assertThat(this.jdbc.queryForList("select token from staged_upload", String.class)).containsExactly(next);
		}

		@Test
		void onlyAGeneratedTokenIsLookedUp() {
			assertThat(this.commitNode.open("../../etc/passwd")).isEmpty();
			assertThat(this.commitNode.open(null)).isEmpty();
			assertThat(this.commitNode.open("00000000-0000-0000-0000-000000000000")).isEmpty();
		}

	}

}
