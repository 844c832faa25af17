package org.fangkong.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Files uploaded for a dry run that wait for the user's "write these rows" (SECURITY.md
 * UP3): stored under a generated name outside the web root, opened again by their token,
 * removed once committed or after an hour. The import pages of the ledger and of the
 * roster's staff pool share it, so that the user sends a file once and commits what the
 * dry run showed.
 */
@Component
public class StagedUploads {

	/** How long a dry run's file waits for its commit. */
	static final Duration KEPT = Duration.ofHours(1);

	private static final String TOKEN = "[0-9a-f-]{36}";

	private final Path directory;

	private final Clock clock;

	StagedUploads(Clock clock) throws IOException {
		this.directory = Files.createTempDirectory("fangkong-uploads");
		this.clock = clock;
	}

	/** Stores the file and answers its token; removes abandoned files first. */
	public String stage(InputStream content) throws IOException {
		removeAbandoned();
		String token = UUID.randomUUID().toString();
		Files.copy(content, file(token), StandardCopyOption.REPLACE_EXISTING);
		return token;
	}

	/** The staged file of a token, if it still waits. */
	public Optional<Path> find(String token) {
		if (token == null || !token.matches(TOKEN)) {
			return Optional.empty();
		}
		Path file = file(token);
		return Files.exists(file) ? Optional.of(file) : Optional.empty();
	}

	/** Removes the staged file of a token (committed, or refused). */
	public void discard(String token) {
		find(token).ifPresent((file) -> {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private Path file(String token) {
		return this.directory.resolve(token + ".xlsx");
	}

	private void removeAbandoned() throws IOException {
		Instant horizon = Instant.now(this.clock).minus(KEPT);
		try (var files = Files.list(this.directory)) {
			for (Path file : files.toList()) {
				if (Files.getLastModifiedTime(file).toInstant().isBefore(horizon)) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

}
