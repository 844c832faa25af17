package org.fangkong.support;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Creates the database of {@link ModuleTestDatabase} once per run and hands its JDBC URL
 * to Spring as the system property {@value #URL_PROPERTY}. Runs before the test class's
 * application context starts, so the context always finds the database.
 */
public class ModuleTestDatabaseCondition implements ExecutionCondition {

	static final String URL_PROPERTY = "fangkong.test.module-db-url";

	static final String DATABASE = PostgresDatabase.DATABASE + "_modules";

	private static final AtomicReference<String> problem = new AtomicReference<>();

	private static volatile boolean prepared;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		prepareOnce();
		String failure = problem.get();
		if (failure == null) {
			return ConditionEvaluationResult.enabled("PostgreSQL database " + DATABASE + " is ready");
		}
		String message = "PostgreSQL is not available at " + PostgresDatabase.HOST_URL + " as " + PostgresDatabase.USER
				+ ": " + failure;
		if (PostgresDatabase.isCi()) {
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
		try {
			System.setProperty(URL_PROPERTY, PostgresDatabase.recreate(DATABASE));
		}
		catch (SQLException ex) {
			problem.set(ex.getMessage());
		}
	}

}
