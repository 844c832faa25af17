package org.fangkong.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for a short time, the passwords it has just verified
 * (issue #19, PERFORMANCE.md W1): an API client on HTTP Basic sends its password with
 * every request, and bcrypt costs 70 ms of CPU each time. As Elasticsearch does for its
 * realms, a successful check is kept under a keyed hash of the stored hash and the
 * password: an HMAC with a key drawn at start-up and never stored, so neither the
 * password nor anything an attacker could test guesses against stays in memory.
 * <p>
 * What it does not change: a wrong password is checked by bcrypt every time and never
 * kept; a changed password has a new stored hash, so an entry for the old one is never
 * found again; a locked or disabled account is refused before the password is looked at
 * (Spring Security's checks on the loaded account); an entry lives at most {@code ttl}
 * ({@code fangkong.security.credential-cache}, 5 minutes; {@code 0} turns the cache off).
 */
final class VerifiedCredentials implements PasswordEncoder {

	/** A bound on the entries kept: beyond it the expired ones go, then all. */
	static final int MAX_ENTRIES = 10_000;

	private final PasswordEncoder delegate;

	private final Duration ttl;

	private final Clock clock;

	private final byte[] key = new byte[32];

	/**
	 * One keyed MAC per thread: {@code Mac.getInstance} and {@code init} cost more than
	 * the hash.
	 */
	private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

	private final Map<String, Instant> verified = new ConcurrentHashMap<>();

	VerifiedCredentials(PasswordEncoder delegate, Duration ttl, Clock clock) {
		this.delegate = delegate;
		this.ttl = ttl;
		this.clock = clock;
		new SecureRandom().nextBytes(this.key);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (this.ttl.isZero() || rawPassword == null || encodedPassword == null) {
			return this.delegate.matches(rawPassword, encodedPassword);
		}
		String entry = entryOf(rawPassword, encodedPassword);
		Instant now = Instant.now(this.clock);
		Instant until = this.verified.get(entry);
		if (until != null && now.isBefore(until)) {
			return true;
		}
		if (!this.delegate.matches(rawPassword, encodedPassword)) {
			return false;
		}
		if (this.verified.size() >= MAX_ENTRIES) {
			this.verified.values().removeIf((expiry) -> !now.isBefore(expiry));
			if (this.verified.size() >= MAX_ENTRIES) {
				this.verified.clear();
			}
		}
		this.verified.put(entry, now.plus(this.ttl));
		return true;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	/** Forgets every verified password (e.g. after an administrator's mass change). */
	void forgetAll() {
		this.verified.clear();
	}

	private String entryOf(CharSequence rawPassword, String encodedPassword) {
		Mac mac = this.macs.get();
		mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
		mac.update((byte) 0);
		mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(mac.doFinal());
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

}
