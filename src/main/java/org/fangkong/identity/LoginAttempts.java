package org.fangkong.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fangkong.audit.AuditTrail;
import org.fangkong.shared.DatabaseFailures;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins (SECURITY.md AU3): five in a row lock the account for ten minutes,
 * and too many from one client address throttle that address, whether they came through
 * the login form, HTTP Basic or a bearer token. Every failure is audited. A success
 * resets the account's count, never the address's: one good password among many guesses
 * must not reopen the address. The address is the request's remote address, which names a
 * forwarded client only when the request came from a configured proxy
 * ({@code fangkong.security.trusted-proxies}).
 */
@Component
class LoginAttempts {

	private final UserAccountRepository accounts;

	private final AuditTrail audit;

	private final SecuritySettings settings;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

	LoginAttempts(UserAccountRepository accounts, AuditTrail audit, SecuritySettings settings, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
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

	/** Records a failed login from a client address (see {@link #isThrottled}). */
	void failedFrom(String address) {
		Deque<Instant> failures = this.failuresByAddress.computeIfAbsent(address, (key) -> new ArrayDeque<>());
		synchronized (failures) {
			failures.addLast(Instant.now(this.clock));
		}
	}

	/**
	 * Whether a client address has failed too often within the window (AU3: throttled per
	 * address).
	 */
	boolean isThrottled(String address) {
		Deque<Instant> failures = this.failuresByAddress.get(address);
		if (failures == null) {
			return false;
		}
		Instant horizon = Instant.now(this.clock).minus(this.settings.ipWindow());
		synchronized (failures) {
			while (!failures.isEmpty() && failures.peekFirst().isBefore(horizon)) {
				failures.removeFirst();
			}
			return failures.size() >= this.settings.ipFailuresPerWindow();
		}
	}

	/** How long an address stays throttled after its failures. */
	java.time.Duration window() {
		return this.settings.ipWindow();
	}

	private static java.util.Optional<String> currentAddress() {
		if (org.springframework.web.context.request.RequestContextHolder
			.getRequestAttributes() instanceof org.springframework.web.context.request.ServletRequestAttributes servlet) {
			return java.util.Optional.ofNullable(servlet.getRequest().getRemoteAddr());
		}
		return java.util.Optional.empty();
	}

}
