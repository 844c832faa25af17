package org.fangkong;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.core.ApplicationModuleIdentifier;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;
import org.springframework.modulith.runtime.flyway.SpringModulithFlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Flyway per module (issue #7): every application module keeps its own migration history,
 * so that a later migration of an early module applies on a database that already holds
 * later modules' scripts.
 * <p>
 * The work is Spring Modulith's ({@code spring.modulith.runtime.flyway-enabled=true}):
 * the scripts of module {@code m} are read from {@code <location>/m/}, recorded in the
 * table {@code flyway_schema_history_m}, and the modules are migrated in the order of
 * their dependencies as computed from the code at startup (a module's dependencies
 * first); {@code <location>/__root/} with the plain {@code flyway_schema_history} table
 * comes before every module. A module's table starts with a baseline at version 0.
 * <p>
 * This strategy adds one step before it: a database migrated before this change has all
 * scripts in the single {@code flyway_schema_history} table. Each applied row is moved,
 * unchanged (rank order, checksum, date), into the table of the module whose folder holds
 * the script, so no script runs twice and changed scripts are still detected. The step is
 * idempotent and resumes after an interruption. A failed legacy row stops startup: repair
 * it first.
 */
@Component
@Primary
@ConditionalOnBooleanProperty("spring.modulith.runtime.flyway-enabled")
class ModuleMigrations implements FlywayMigrationStrategy {

	private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);

	private static final String COLUMNS = "version, description, type, script, checksum, installed_by, installed_on,"
			+ " execution_time, success";

	private final SpringModulithFlywayMigrationStrategy perModule;

	private final ApplicationModuleIdentifiers modules;

	ModuleMigrations(SpringModulithFlywayMigrationStrategy perModule, ApplicationModuleIdentifiers modules) {
		this.perModule = perModule;
		this.modules = modules;
	}

	@Override
	public void migrate(Flyway flyway) {
		moveSingleHistoryToModules(flyway.getConfiguration());
		this.perModule.migrate(flyway);
	}

	/**
	 * The history table of a module, named as Spring Modulith 2.0 names it.
	 */
	static String historyTable(Configuration base, ApplicationModuleIdentifier module) {
		return base.getTable() + "_" + module;
	}

	/**
	 * The script locations of a module, as Spring Modulith 2.0 derives them from
	 * {@code spring.flyway.locations}.
	 */
	static String[] locations(Configuration base, ApplicationModuleIdentifier module) {
		return Arrays.stream(base.getLocations())
			.map(Object::toString)
			.map((location) -> location.endsWith("*") ? location : location + "/" + module.toString().replace('.', '/'))
			.toArray(String[]::new);
	}

	private void moveSingleHistoryToModules(Configuration base) {
		List<MigrationInfo> legacy = Arrays.stream(Flyway.configure().configuration(base).load().info().applied())
			.filter((applied) -> applied.getVersion() != null)
			.toList();
		if (legacy.isEmpty()) {
			return;
		}
		for (ApplicationModuleIdentifier module : this.modules) {
			Flyway moduleFlyway = Flyway.configure()
				.configuration(base)
				.locations(locations(base, module))
				.table(historyTable(base, module))
				.baselineVersion("0")
				.load();
			Set<String> own = Arrays.stream(moduleFlyway.info().all())
				.filter((resolved) -> resolved.getVersion() != null && resolved.getPhysicalLocation() != null
						&& !resolved.getPhysicalLocation().isEmpty())
				.map((resolved) -> resolved.getVersion().getVersion())
				.collect(Collectors.toSet());
			List<MigrationInfo> moving = legacy.stream()
				.filter((applied) -> own.contains(applied.getVersion().getVersion()))
				.toList();
			if (moving.isEmpty()) {
				continue;
			}
			moving.stream().filter((applied) -> applied.getState().isFailed()).findFirst().ifPresent((failed) -> {
				throw new IllegalStateException("Migration " + failed.getVersion() + " (" + failed.getScript()
						+ ") failed in " + base.getTable() + ": repair it before the move to one history per module");
			});
			if (moduleFlyway.info().applied().length == 0) {
				moduleFlyway.baseline();
			}
			move(base.getDataSource(), base.getTable(), historyTable(base, module), moving);
			log.info("Moved {} applied migrations of module {} from {} to {}", moving.size(), module, base.getTable(),
					historyTable(base, module));
		}
	}

	private static void move(DataSource dataSource, String from, String to, List<MigrationInfo> rows) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				for (MigrationInfo row : rows) {
					copyUnlessPresent(connection, from, to, row);
					try (PreparedStatement delete = connection
						.prepareStatement("delete from " + quoted(from) + " where installed_rank = ?")) {
						delete.setInt(1, row.getInstalledRank());
						delete.executeUpdate();
					}
				}
				connection.commit();
			}
			catch (SQLException ex) {
				connection.rollback();
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not move the migration history from " + from + " to " + to, ex);
		}
	}

	private static void copyUnlessPresent(Connection connection, String from, String to, MigrationInfo row)
			throws SQLException {
		try (PreparedStatement present = connection
			.prepareStatement("select count(*) from " + quoted(to) + " where version = ?")) {
			present.setString(1, row.getVersion().getVersion());
			try (ResultSet result = present.executeQuery()) {
				result.next();
				if (result.getInt(1) > 0) {
					return;
				}
			}
		}
		try (PreparedStatement copy = connection.prepareStatement("insert into " + quoted(to) + " (installed_rank, "
				+ COLUMNS + ") select (select coalesce(max(installed_rank), 0) + 1 from " + quoted(to) + "), " + COLUMNS
				+ " from " + quoted(from) + " where installed_rank = ?")) {
			copy.setInt(1, row.getInstalledRank());
			copy.executeUpdate();
		}
	}

	private static String quoted(String table) {
		return "\"" + table.replace("\"", "") + "\"";
	}

}
