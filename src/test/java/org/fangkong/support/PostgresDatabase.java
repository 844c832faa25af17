package org.fangkong.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where the PostgreSQL server of the test set-up answers, and
 * gives it a fresh database once per run. On a bare machine the tests are skipped,
 * loudly; under {@code CI=true} a missing server fails them, so that CI never passes by
 * skipping.
 */
public class PostgresDatabase implements ExecutionCondition {

	static final String HOST_URL = env("FANGKONG_TEST_DB_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	public static final String USER = env("FANGKONG_TEST_DB_USER", "fangkong");

	public static final String PASSWORD = env("FANGKONG_TEST_DB_PASSWORD", "fangkong");

	static final String DATABASE = env("FANGKONG_TEST_DB_NAME", "fangkong_test");

	private static final AtomicReference<String> problem = new AtomicReference<>();

	private static volatile boolean prepared;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		prepareOnce();
		String failure = problem.get();
		if (failure == null) {
			return ConditionEvaluationResult.enabled("PostgreSQL is available");
		}
		String message = "PostgreSQL is not available at " + HOST_URL + " as " + USER + ": " + failure;
		if (isCi()) {
			throw new IllegalStateException("CI=true and " + message + " (.ci/run starts it)");
		}
		System.err.println("**** SKIPPED " + context.getDisplayName() + ": " + message);
		return ConditionEvaluationResult.disabled(message);
	}

	private static synchronized void prepareOnce() {
		if (prepared) {
			return;
		}
		prepared = true;
		try (Connection connection = DriverManager.getConnection(HOST_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + DATABASE);
		}
		catch (SQLException ex) {
			problem.set(ex.getMessage());
		}
	}

	/**
	 * A database of one's own beside the shared test database, created empty (dropped
	 * first if it is there), for tests that need a database in a given state; returns its
	 * JDBC URL. Log in with {@link #USER} and {@link #PASSWORD}.
	 */
	public static String recreate(String database) throws SQLException {
		try (Connection connection = DriverManager.getConnection(HOST_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + database);
		}
		return HOST_URL.substring(0, HOST_URL.lastIndexOf('/') + 1) + database;
	}

	static boolean isCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
