package org.fangkong.operations;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * SECURITY.md RE6 (issue #9): the backup-and-restore drill that operations run monthly
 * ({@code ops/postgresql/backup-drill.sh}) runs in CI too, against the test database with
 * the Tieli demo data: dump, restore into a scratch database, the same rows in every
 * table. On a machine without the PostgreSQL client tools it is skipped loudly; under
 * {@code CI=true} it fails instead.
 */
@IntegrationTest
class BackupDrillTests {

	@Value("${spring.datasource.username}")
	String user;

	@Value("${spring.datasource.password}")
	String password;

	@Value("${spring.datasource.url}")
	String url;

	@Test
	void aDumpRestoresIntoAScratchDatabaseWithEveryRow() throws Exception {
		boolean tools = new File("/usr/bin/pg_dump").canExecute() && new File("/usr/bin/pg_restore").canExecute();
		if (!tools && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true and pg_dump/pg_restore are missing (.ci/run installs PostgreSQL)");
		}
		if (!tools) {
			System.err.println("**** SKIPPED BackupDrillTests: pg_dump/pg_restore are not installed");
		}
		assumeTrue(tools, "pg_dump/pg_restore are not installed");
		// jdbc:postgresql://host:port/database
		String[] parts = this.url.substring("jdbc:postgresql://".length()).split("[:/?]");
		ProcessBuilder drill = new ProcessBuilder("ops/postgresql/backup-drill.sh", parts[2]).redirectErrorStream(true);
		drill.environment().put("PGHOST", parts[0]);
		drill.environment().put("PGPORT", parts[1]);
		drill.environment().put("PGUSER", this.user);
		drill.environment().put("PGPASSWORD", this.password);
		Process process = drill.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the drill ends within two minutes").isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("drill: OK");
	}

}
