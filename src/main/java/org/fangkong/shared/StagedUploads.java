package org.fangkong.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Files uploaded for a dry run that wait for the user's "write these rows" (SECURITY.md
 * UP3): stored under a generated token, outside the web root, opened again by their
 * token, removed once committed or after an hour. The import pages of the ledger and of
 * the roster's staff pool share it, so that the user sends a file once and commits what
 * the dry run showed.
 * <p>
 * The files are rows of {@code staged_upload} (issue #18), not files of one node's
 * temporary folder: the commit may reach another node behind the load balancer than the
 * dry run did. A file is at most {@code spring.servlet.multipart.max-file-size} (10 MB).
 */
@Component
public class StagedUploads {

	/** How long a dry run's file waits for its commit. */
	static final Duration KEPT = Duration.ofHours(1);

	private static final String TOKEN = "[0-9a-f-]{36}";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	StagedUploads(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Stores the file and answers its token; removes abandoned files first. */
	public String stage(InputStream content) throws IOException {
		Instant now = Instant.now(this.clock);
		this.jdbc.update("delete from staged_upload where staged_at < ?", Timestamp.from(now.minus(KEPT)));
		String token = UUID.randomUUID().toString();
		this.jdbc.update("insert into staged_upload (token, content, staged_at) values (?, ?, ?)", token,
				content.readAllBytes(), Timestamp.from(now));
		return token;
	}

	/**
	 * The staged file of a token, if it still waits (on whichever node it was staged), to
	 * be read once and closed.
	 */
	public Optional<InputStream> open(String token) {
		if (token == null || !token.matches(TOKEN)) {
			return Optional.empty();
		}
		List<byte[]> found = this.jdbc.query("select content from staged_upload where token = ? and staged_at >= ?",
				(row, n) -> row.getBytes(1), token, Timestamp.from(Instant.now(this.clock).minus(KEPT)));
		return found.stream().findFirst().map(ByteArrayInputStream::new);
	}

	/** Removes the staged file of a token (committed, or refused). */
	public void discard(String token) {
		if (token != null && token.matches(TOKEN)) {
			this.jdbc.update("delete from staged_upload where token = ?", token);
		}
	}

}
