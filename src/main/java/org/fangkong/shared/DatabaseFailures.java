package org.fangkong.shared;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (down, restarting, the pool exhausted while it
 * comes back) from a request that is wrong (SECURITY.md RE5). The first is answered with
 * 503 and {@code Retry-After}: the client, e.g. the crew's offline queue, sends again
 * with the same idempotency key, and nothing is stored twice.
 */
public final class DatabaseFailures {

	/** Seconds a client is asked to wait before it sends again. */
	public static final int RETRY_AFTER_SECONDS = 5;

	/** PostgreSQL's {@code read_only_sql_transaction}. */
	private static final String READ_ONLY_TRANSACTION = "25006";

	private DatabaseFailures() {
	}

	public static boolean isUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabaseUnavailableException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
					|| sql.getSQLState().startsWith("57P") || READ_ONLY_TRANSACTION.equals(sql.getSQLState()))) {
				// connection exceptions, the server shutting down or not yet accepting,
				// and a write that reached a standby (issue #18: a connection made just
				// before a failover; the next one goes to the new primary)
				return true;
			}
			if (cause instanceof SQLException && "Connection is closed".equals(cause.getMessage())) {
				// the pool's handle of a connection that the server ended, e.g. on a
				// rollback
				// after a restart
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
