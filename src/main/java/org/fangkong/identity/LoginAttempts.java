package org.fangkong.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.fangkong.audit.AuditTrail;
import org.fangkong.shared.DatabaseFailures;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts failed logins (SECURITY.md AU3): five in a row lock the account for ten minutes,
 * and too many from one client address throttle that address, whether they came through
 * the login form, HTTP Basic or a bearer token. Every failure is audited. A success
 * resets the account's count, never the address's: one good password among many guesses
 * must not reopen the address. The address is the request's remote address, which names a
 * forwarded client only when the request came from a configured proxy
 * ({@code fangkong.security.trusted-proxies}).
 * <p>
 * The failures per address are rows of {@code login_failure} (issue #18): every node
 * behind the load balancer counts those of all nodes, so adding nodes does not multiply
 * what an address may try.
 */
@Component
class LoginAttempts {

	/**
	 * How long an address found clear stays clear on this node without a new count: the
	 * most a failure on another node is seen late.
	 */
	static final Duration CLEAR_FOR = Duration.ofSeconds(1);

	/** How often at most a node removes the failures older than the window. */
	static final Duration PURGE_EVERY = Duration.ofMinutes(1);

	/** A bound on the clear addresses remembered: beyond it all are forgotten. */
	static final int MAX_CLEAR = 10_000;

	private final UserAccountRepository accounts;

	private final AuditTrail audit;

	private final SecuritySettings settings;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	/** The addresses found clear on this node, with when (see {@link #isThrottled}). */
	private final Map<String, Instant> clear = new ConcurrentHashMap<>();

	private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);

	LoginAttempts(UserAccountRepository accounts, AuditTrail audit, SecuritySettings settings, Clock clock,
			JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		if (DatabaseFailures.isUnavailable(event.getException())) {
			// RE5: the user could not be loaded at all; that is not a wrong password
			return;
		}
		String username = event.getAuthentication().getName();
		Instant now = Instant.now(this.clock);
		String known = null;
		String detail = (event.getException() instanceof LockedException) ? "locked" : "bad credentials";
		if (event.getException() instanceof BadCredentialsException) {
			UserAccount account = this.accounts.findByUsername(username).orElse(null);
			if (account != null) {
				known = account.getUsername();
				if (account.loginFailed(this.settings.maxFailedLogins(), this.settings.lockout(), now)) {
					this.audit.recordAs(known, IdentityAudit.ACCOUNT_LOCKED, "user", account.getId(),
							AuditTrail.SUCCESS, "locked for " + this.settings.lockout());
				}
			}
		}
		else if (this.accounts.existsByUsername(username)) {
			known = username;
		}
		currentAddress().ifPresent(this::failedFrom);
		// AL1: the audit holds ids, not what strangers typed into the user name field.
		this.audit.recordAs((known != null) ? known : "(unknown)", IdentityAudit.LOGIN_FAILED, null, null,
				AuditTrail.FAILURE, detail);
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			this.accounts.findById(principal.actor().userId())
				.filter((account) -> account.getFailedAttempts() > 0)
				.ifPresent(UserAccount::loginSucceeded);
		}
	}

	/**
	 * Records a failed login from a client address (see {@link #isThrottled}), in the
	 * surrounding transaction if there is one. Every so often (at most once a
	 * {@link #PURGE_EVERY} per node) the failures older than the window are removed.
	 */
	void failedFrom(String address) {
		String key = keyOf(address);
		Instant now = Instant.now(this.clock);
		forgetClear(key);
		try {
			this.jdbc.update("insert into login_failure (address, failed_at) values (?, ?)", key, Timestamp.from(now));
			purgeNowAndThen(now);
		}
		catch (DataAccessException ex) {
			if (!DatabaseFailures.isUnavailable(ex)) {
				throw ex;
			}
			// RE5: the database is down; the login is answered 503 anyway
		}
	}

	/**
	 * Whether a client address has failed too often within the window (AU3: throttled per
	 * address), on whichever node the failures happened: one indexed count. An address
	 * found clear is not counted again for {@link #CLEAR_FOR} on this node, unless it
	 * fails here meanwhile, so an API client sending its credentials with every request
	 * costs no query on most of them; failures on other nodes are seen at most that much
	 * later. While the database cannot be reached, no address is throttled (the login
	 * itself is answered 503, RE5).
	 */
	boolean isThrottled(String address) {
		String key = keyOf(address);
		Instant now = Instant.now(this.clock);
		Instant clearSince = this.clear.get(key);
		if (clearSince != null && !now.isBefore(clearSince) && now.isBefore(clearSince.plus(CLEAR_FOR))) {
			return false;
		}
		boolean throttled;
		try {
			Long failures = this.jdbc.queryForObject(
					"select count(*) from login_failure where address = ? and failed_at > ? and failed_at <= ?",
					Long.class, key, Timestamp.from(now.minus(this.settings.ipWindow())), Timestamp.from(now));
			throttled = failures != null && failures >= this.settings.ipFailuresPerWindow();
		}
		catch (DataAccessException ex) {
			if (!DatabaseFailures.isUnavailable(ex)) {
				throw ex;
			}
			throttled = false;
		}
		if (throttled) {
			this.clear.remove(key);
		}
		else {
			if (this.clear.size() >= MAX_CLEAR) {
				this.clear.clear();
			}
			this.clear.put(key, now);
		}
		return throttled;
	}

	/** How long an address stays throttled after its failures. */
	Duration window() {
		return this.settings.ipWindow();
	}

	/**
	 * Forgets that an address was clear, now and once the surrounding transaction (which
	 * records its failure) commits: a check between the two must not keep the old count.
	 */
	private void forgetClear(String key) {
		this.clear.remove(key);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					LoginAttempts.this.clear.remove(key);
				}
			});
		}
	}

	/** Removes the failures that no window counts any more, at most once a minute. */
	private void purgeNowAndThen(Instant now) {
		Instant last = this.lastPurge.get();
		boolean due = now.isBefore(last) || !now.isBefore(last.plus(PURGE_EVERY));
		if (due && this.lastPurge.compareAndSet(last, now)) {
			this.jdbc.update("delete from login_failure where failed_at < ?",
					Timestamp.from(now.minus(this.settings.ipWindow())));
		}
	}

	private static String keyOf(String address) {
		String key = String.valueOf(address);
		return (key.length() > 100) ? key.substring(0, 100) : key;
	}

	private static java.util.Optional<String> currentAddress() {
		if (org.springframework.web.context.request.RequestContextHolder
			.getRequestAttributes() instanceof org.springframework.web.context.request.ServletRequestAttributes servlet) {
			return java.util.Optional.ofNullable(servlet.getRequest().getRemoteAddr());
		}
		return java.util.Optional.empty();
	}

}
