package org.fangkong.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where the RabbitMQ broker of the test set-up answers
 * (127.0.0.1:5672, guest/guest, Spring Boot's defaults; {@code FANGKONG_TEST_RABBIT_HOST}
 * and {@code _PORT} to change them). On a bare machine the tests are skipped, loudly;
 * under {@code CI=true} a missing broker fails them, like {@link PostgresDatabase}.
 */
public class RabbitBroker implements ExecutionCondition {

	public static final String HOST = env("FANGKONG_TEST_RABBIT_HOST", "127.0.0.1");

	public static final int PORT = Integer.parseInt(env("FANGKONG_TEST_RABBIT_PORT", "5672"));

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(HOST, PORT), 2000);
			return ConditionEvaluationResult.enabled("RabbitMQ answers at " + HOST + ":" + PORT);
		}
		catch (IOException ex) {
			String message = "RabbitMQ is not available at " + HOST + ":" + PORT + ": " + ex.getMessage();
			if (PostgresDatabase.isCi()) {
				throw new IllegalStateException("CI=true and " + message + " (.ci/run starts it)");
			}
			System.err.println("**** SKIPPED " + context.getDisplayName() + ": " + message);
			return ConditionEvaluationResult.disabled(message);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
