package org.fangkong.shared;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SECURITY.md RE5 and issue #18: what the platform answers with 503 and Retry-After (the
 * phone resends) and what stays an error of the request.
 */
class DatabaseFailuresTests {

	@Test
	void aServerThatIsDownShuttingDownOrAStandbyIsRetryable() {
		assertThat(DatabaseFailures.isUnavailable(wrapped(new SQLException("refused", "08001")))).isTrue();
		assertThat(DatabaseFailures.isUnavailable(wrapped(new SQLException("terminating", "57P01")))).isTrue();
		// a connection made just before a failover still reaches the old primary, now a
		// standby
		assertThat(DatabaseFailures
			.isUnavailable(wrapped(new SQLException("cannot execute INSERT in a read-only transaction", "25006"))))
			.isTrue();
	}

	@Test
	void aRequestThatBreaksARuleIsNot() {
		assertThat(DatabaseFailures.isUnavailable(
				new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"))))
			.isFalse();
		assertThat(DatabaseFailures.isUnavailable(new IllegalArgumentException("bad"))).isFalse();
	}

	private static RuntimeException wrapped(SQLException cause) {
		return new DataAccessResourceFailureException("failed", cause);
	}

}
