package org.fangkong.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL server of its own that a test may stop and start (SECURITY.md RE5): a
 * second cluster, {@code faulttest} on port 55433, made with Debian's
 * {@code pg_createcluster} the first time, so that restarting it disturbs nobody else's
 * database. It needs Debian's PostgreSQL server tools and root (as in CI); elsewhere the
 * test is skipped loudly, and under {@code CI=true} it fails instead.
 */
public class RestartablePostgres implements ExecutionCondition {

	public static final int PORT = 55433;

	public static final String DATABASE = "fangkong_fault";

	public static final String USER = "postgres";

	private static final String CLUSTER = "faulttest";

	private static volatile String problem;

	private static volatile boolean prepared;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		prepareOnce();
		if (problem == null) {
			return ConditionEvaluationResult.enabled("the fault-test PostgreSQL cluster runs");
		}
		String message = "no PostgreSQL cluster to restart: " + problem;
		if (PostgresDatabase.isCi()) {
			throw new IllegalStateException("CI=true and " + message);
		}
		System.err.println("**** SKIPPED " + context.getDisplayName() + ": " + message);
		return ConditionEvaluationResult.disabled(message);
	}

	public static String url() {
		return "jdbc:postgresql://127.0.0.1:" + PORT + "/" + DATABASE;
	}

	/** Stops the server with every connection, waits, and starts it again. */
	public static void restart(long downMillis) throws IOException, InterruptedException {
		run("pg_ctlcluster", "--skip-systemctl-redirect", version(), CLUSTER, "stop", "-m", "fast");
		Thread.sleep(downMillis);
		run("pg_ctlcluster", "--skip-systemctl-redirect", version(), CLUSTER, "start");
	}

	private static synchronized void prepareOnce() {
		if (prepared) {
			return;
		}
		prepared = true;
		try {
			if (!new File("/usr/bin/pg_createcluster").canExecute() || version() == null) {
				problem = "Debian's PostgreSQL server tools (pg_createcluster) are not installed";
				return;
			}
			if (!"root".equals(System.getProperty("user.name"))) {
				problem = "making and restarting a cluster needs root";
				return;
			}
			if (!new File("/etc/postgresql/" + version() + "/" + CLUSTER).isDirectory()) {
				run("pg_createcluster", version(), CLUSTER, "-p", String.valueOf(PORT), "--", "--auth-local=trust",
						"--auth-host=trust");
			}
			run("pg_ctlcluster", "--skip-systemctl-redirect", version(), CLUSTER, "start");
			waitUntilReady();
			try (Connection connection = DriverManager
				.getConnection("jdbc:postgresql://127.0.0.1:" + PORT + "/postgres", USER, "");
					Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
				statement.execute("CREATE DATABASE " + DATABASE);
			}
		}
		catch (IOException | SQLException | RuntimeException ex) {
			problem = ex.toString();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			problem = ex.toString();
		}
	}

	private static void waitUntilReady() throws InterruptedException {
		for (int i = 0; i < 60; i++) {
			try (Connection connection = DriverManager
				.getConnection("jdbc:postgresql://127.0.0.1:" + PORT + "/postgres", USER, "")) {
				return;
			}
			catch (SQLException ex) {
				Thread.sleep(500);
			}
		}
	}

	private static String version() {
		String[] versions = new File("/etc/postgresql").list();
		if (versions == null || versions.length == 0) {
			return null;
		}
		return Arrays.stream(versions).max((a, b) -> Integer.compare(number(a), number(b))).orElseThrow();
	}

	private static int number(String version) {
		try {
			return Integer.parseInt(version.replaceAll("\\..*", ""));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException(String.join(" ", command) + ": no end within a minute");
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		// starting a cluster that runs already is not a failure
		if (process.exitValue() != 0 && !output.contains("already running")) {
			throw new IOException(String.join(" ", command) + " exited " + process.exitValue() + ": " + output);
		}
	}

}
