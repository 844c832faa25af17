package org.fangkong;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

import org.fangkong.support.PostgresDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleIdentifier;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.runtime.flyway.SpringModulithFlywayMigrationStrategy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway per module (issue #7): a later migration of an early module applies on a
 * database that already has later modules' scripts, and a database with the single
 * history of earlier releases moves to one history per module without running a script
 * twice. Both on PostgreSQL and on the embedded H2 (PostgreSQL mode, file).
 */
class ModuleMigrationsTests {

	static final ApplicationModules modules = ApplicationModules.of(FangkongApplication.class);

	static final ApplicationModuleIdentifiers identifiers = ApplicationModuleIdentifiers.of(modules);

	@Test
	void modulesMigrateAfterTheModulesTheyDependOn() {
		List<ApplicationModuleIdentifier> order = identifiers.stream().toList();
		assertThat(order).isNotEmpty();
		for (ApplicationModule module : modules) {
			module.getDirectDependencies(modules)
				.uniqueModules()
				.forEach((dependency) -> assertThat(order.indexOf(dependency.getIdentifier()))
					.as("%s migrates before %s, which depends on it", dependency.getIdentifier(),
							module.getIdentifier())
					.isLessThan(order.indexOf(module.getIdentifier())));
		}
	}

	@Nested
	@ExtendWith(PostgresDatabase.class)
	class OnPostgres extends Scenarios {

		@BeforeEach
		void emptyDatabase() throws SQLException {
			this.dataSource = new DriverManagerDataSource(PostgresDatabase.recreate("fangkong_flyway_test"),
					PostgresDatabase.USER, PostgresDatabase.PASSWORD);
		}

	}

	@Nested
	class OnH2 extends Scenarios {

		@BeforeEach
		void emptyDatabase(@TempDir Path dataDir) {
			this.dataSource = new DriverManagerDataSource("jdbc:h2:file:" + dataDir.toAbsolutePath()
					+ "/fangkong;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE",
					"sa", "");
		}

	}

	abstract static class Scenarios {

		static final String OLD_LISTENER = "org.fangkong.medical.Referrals.on(org.fangkong.checkpoint.FeverDetected)";

		DataSource dataSource;

		@Test
		void aLaterMigrationOfTheEarliestModuleAppliesAndNothingElseRunsAgain() {
			migrate("classpath:db/migration");
			Map<String, List<HistoryRow>> before = histories();
			assertThat(before).containsKeys("flyway_schema_history_jurisdiction", "flyway_schema_history_screening");
			assertThat(versions(before.get("flyway_schema_history_screening"))).startsWith("0", "1.7.0", "1.7.1");

			migrate("classpath:db/migration", "classpath:db/extra");

			Map<String, List<HistoryRow>> after = histories();
			List<HistoryRow> jurisdiction = after.remove("flyway_schema_history_jurisdiction");
			assertThat(jurisdiction)
				.startsWith(before.remove("flyway_schema_history_jurisdiction").toArray(HistoryRow[]::new));
			assertThat(jurisdiction.get(jurisdiction.size() - 1)).satisfies((later) -> {
				assertThat(later.version()).isEqualTo("1.1.9");
				assertThat(later.success()).isTrue();
			});
			assertThat(after).isEqualTo(before);
			assertThat(jdbc().update("insert into jurisdiction_later (note) values ('applied')")).isOne();
		}

		@Test
		void aDatabaseWithTheSingleHistoryMovesToOneHistoryPerModuleWithoutRunningAScriptTwice() {
			migrateLikeEarlierReleases();
			JdbcTemplate jdbc = jdbc();
			jdbc.update(
					"insert into jurisdiction_node (code, name, kind, path, depth) values ('ROOT', '本市', 'CITY', '/1/', 0)");
			UUID waiting = UUID.randomUUID();
			jdbc.update(
					"insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,"
							+ " completion_attempts, status) values (?, ?, 'org.fangkong.checkpoint.FeverDetected', '{}', ?, 1,"
							+ " 'FAILED')",
					waiting, OLD_LISTENER, OffsetDateTime.now());
			List<HistoryRow> single = rows("flyway_schema_history");

			migrate("classpath:db/migration");

			Map<String, List<HistoryRow>> perModule = histories();
			assertThat(versions(perModule.get("flyway_schema_history"))).as("nothing left in the single history")
				.isEmpty();
			for (HistoryRow applied : single.stream().filter((row) -> row.version() != null).toList()) {
				assertThat(perModule.values().stream().flatMap(List::stream).filter((row) -> applied.sameRun(row)))
					.as("applied migration %s kept once, with its date and checksum", applied.version())
					.hasSize(1);
			}
			assertThat(versions(perModule.get("flyway_schema_history_shared"))).startsWith("0", "1.0.0", "1.0.1");
			assertThat(versions(perModule.get("flyway_schema_history_medical"))).startsWith("0", "1.6.0", "1.6.1");
			assertThat(jdbc.queryForObject("select count(*) from jurisdiction_node", Integer.class)).isOne();
			assertThat(jdbc.queryForObject("select listener_id from event_publication where id = ?", String.class,
					waiting))
				.isEqualTo("medical.referral-for-checkpoint-fever");

			migrate("classpath:db/migration");
			assertThat(histories()).as("a second start changes nothing").isEqualTo(perModule);
		}

		/**
		 * The database as the platform left it before issue #7: one history, without the
		 * scripts that came with the change (the event archive, the listener ids and the
		 * referrals' scope path).
		 */
		private void migrateLikeEarlierReleases() {
			// Earlier releases knew nothing after 1.7 (later modules' scripts would sort
			// before
			// the ones this scenario takes out).
			Flyway.configure()
				.dataSource(this.dataSource)
				.locations("classpath:db/migration")
				.target("1.7.12")
				.load()
				.migrate();
			JdbcTemplate jdbc = jdbc();
			jdbc.update("delete from flyway_schema_history where version in ('1.0.1', '1.6.1', '1.6.2')");
			jdbc.execute("drop table event_publication_archive");
			jdbc.execute("drop index referral_scope");
			jdbc.execute("alter table referral drop column scope_path");
		}

		private void migrate(String... locations) {
			Flyway flyway = Flyway.configure().dataSource(this.dataSource).locations(locations).load();
			new ModuleMigrations(new SpringModulithFlywayMigrationStrategy(identifiers), identifiers).migrate(flyway);
		}

		private Map<String, List<HistoryRow>> histories() {
			Map<String, List<HistoryRow>> histories = new LinkedHashMap<>();
			histories.put("flyway_schema_history", rows("flyway_schema_history"));
			identifiers.stream()
				.map((module) -> "flyway_schema_history_" + module)
				.filter(this::exists)
				.forEach((table) -> histories.put(table, rows(table)));
			return histories;
		}

		private List<HistoryRow> rows(String table) {
			return jdbc().query("select installed_rank, version, script, checksum, installed_on, success from " + table
					+ " order by installed_rank", (row, n) -> HistoryRow.of(row));
		}

		private boolean exists(String table) {
			try (Connection connection = this.dataSource.getConnection();
					ResultSet found = connection.getMetaData().getTables(null, connection.getSchema(), table, null)) {
				return found.next();
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private JdbcTemplate jdbc() {
			return new JdbcTemplate(this.dataSource);
		}

		/**
		 * The versions applied, without Flyway's own marker rows (on H2: the schema
		 * creation).
		 */
		private static List<String> versions(List<HistoryRow> rows) {
			return rows.stream().map(HistoryRow::version).filter(Objects::nonNull).toList();
		}

	}

	record HistoryRow(int rank, String version, String script, Integer checksum, Timestamp installedOn,
			boolean success) {

		static HistoryRow of(ResultSet row) throws SQLException {
			return new HistoryRow(row.getInt(1), row.getString(2), row.getString(3), (Integer) row.getObject(4),
					row.getTimestamp(5), row.getBoolean(6));
		}

		/** The same applied migration, wherever its row now is. */
		boolean sameRun(HistoryRow other) {
			return Objects.equals(this.version, other.version) && Objects.equals(this.script, other.script)
					&& Objects.equals(this.checksum, other.checksum)
					&& Objects.equals(this.installedOn, other.installedOn) && this.success == other.success;
		}

	}

}
