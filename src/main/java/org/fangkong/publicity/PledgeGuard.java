package org.fangkong.publicity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The pledge's flood protection (issue #16 item 4), with no outside service:
 * <ul>
 * <li>a <b>challenge</b> the page hands out — random, dated and signed with an HMAC key —
 * for which the browser must find a <b>proof of work</b>: a nonce such that SHA-256 of
 * {@code challenge:nonce} starts with {@code difficulty} zero bits (about 2^difficulty
 * hashes, a fraction of a second in a browser, costly for a flood); a challenge is good
 * for {@link #CHALLENGE_LIFETIME} and doubles as the pledge's idempotency token, so it
 * counts once;
 * <li>a <b>rate limit</b> per client address, shared by every application node:
 * {@link PledgeRateLimit}.
 * </ul>
 * The HMAC key is {@code fangkong.publicity.pledge-secret}; it must be the same on every
 * application node (unset: a random key per node, fine for one node).
 */
@Component
public class PledgeGuard {

	static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(30);

	private final SecretKeySpec key;

	private final int difficulty;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	PledgeGuard(@Value("${fangkong.publicity.pledge-secret:}") String secret,
			@Value("${fangkong.publicity.pledge-difficulty:14}") int difficulty, Clock clock) {
		byte[] keyBytes = secret.isBlank() ? new SecureRandom().generateSeed(32)
				: secret.getBytes(StandardCharsets.UTF_8);
		this.key = new SecretKeySpec(keyBytes, "HmacSHA256");
		this.difficulty = difficulty;
		this.clock = clock;
	}

	/** A new challenge: {@code random.epochSeconds.signature}. */
	public String challenge() {
		byte[] nonce = new byte[16];
		this.random.nextBytes(nonce);
		String body = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce) + "."
				+ Instant.now(this.clock).getEpochSecond();
		return body + "." + sign(body);
	}

	/** How many leading zero bits the proof of work needs. */
	public int difficulty() {
		return this.difficulty;
	}

	/**
	 * Whether the challenge was signed here, is not expired, and the nonce solves it.
	 */
	boolean solved(String challenge, String nonce) {
		if (challenge == null || nonce == null || challenge.length() > 100 || nonce.length() > 20) {
			return false;
		}
		int cut = challenge.lastIndexOf('.');
		if (cut < 0) {
			return false;
		}
		String body = challenge.substring(0, cut);
		if (!MessageDigest.isEqual(sign(body).getBytes(StandardCharsets.US_ASCII),
				challenge.substring(cut + 1).getBytes(StandardCharsets.US_ASCII))) {
			return false;
		}
		long issued;
		try {
			issued = Long.parseLong(body.substring(body.lastIndexOf('.') + 1));
		}
		catch (NumberFormatException ex) {
			return false;
		}
		Instant now = Instant.now(this.clock);
		if (Instant.ofEpochSecond(issued).plus(CHALLENGE_LIFETIME).isBefore(now)) {
			return false;
		}
		return leadingZeroBits(sha256(challenge + ":" + nonce)) >= this.difficulty;
	}

	/** Solves a challenge (tests and tools; the browser does the same in pledge.js). */
	public static String solve(String challenge, int difficulty) {
		for (long nonce = 0;; nonce++) {
			if (leadingZeroBits(sha256(challenge + ":" + nonce)) >= difficulty) {
				return Long.toString(nonce);
			}
		}
	}

	private String sign(String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static int leadingZeroBits(byte[] hash) {
		int bits = 0;
		for (byte b : hash) {
			if (b == 0) {
				bits += 8;
				continue;
			}
			return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
		}
		return bits;
	}

}
