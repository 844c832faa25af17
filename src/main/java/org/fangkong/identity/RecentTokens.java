package org.fangkong.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The principals of access tokens checked a moment ago (issue #19, PERFORMANCE.md W1): a
 * crew's app sends its token with every registration, and checking it costs a transaction
 * of two reads on the request's path. A token found usable is remembered, under the
 * SHA-256 that the database stores of it, for {@code ttl}
 * ({@code fangkong.security.token-cache}, 10 seconds; {@code 0} turns it off) and never
 * beyond its expiry.
 * <p>
 * On this node a revoked token and every token of a changed account (locked, disabled, a
 * new password or assignment: any update of the account's row, {@link AccountChanges})
 * are forgotten at once. Another node learns of them when its entry runs out, at most
 * {@code ttl} later: the cache is short-lived rather than shared (issue #18).
 */
@Component
class RecentTokens {

	/** A bound on the entries kept: beyond it the expired ones go, then all. */
	static final int MAX_ENTRIES = 10_000;

	private final Duration ttl;

	private final Clock clock;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	RecentTokens(@Value("${fangkong.security.token-cache:10s}") Duration ttl, Clock clock) {
		this.ttl = ttl;
		this.clock = clock;
	}

	/** The principal of the token with this hash, if it was found usable just now. */
	Optional<AccountPrincipal> find(String tokenHash) {
		if (this.ttl.isZero()) {
			return Optional.empty();
		}
		Entry entry = this.entries.get(tokenHash);
		if (entry == null) {
			return Optional.empty();
		}
		if (!Instant.now(this.clock).isBefore(entry.until())) {
			this.entries.remove(tokenHash, entry);
			return Optional.empty();
		}
		return Optional.of(entry.principal());
	}

	/** Remembers a token just found usable, for its user's principal. */
	void remember(String tokenHash, long tokenId, Instant tokenExpires, AccountPrincipal principal) {
		if (this.ttl.isZero()) {
			return;
		}
		Instant now = Instant.now(this.clock);
		Instant until = now.plus(this.ttl);
		if (tokenExpires != null && tokenExpires.isBefore(until)) {
			until = tokenExpires;
		}
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.values().removeIf((e) -> !now.isBefore(e.until()));
			if (this.entries.size() >= MAX_ENTRIES) {
				this.entries.clear();
			}
		}
		this.entries.put(tokenHash, new Entry(tokenId, principal.actor().userId(), principal, until));
	}

	/** Forgets a token (revoked). */
	void forgetToken(long tokenId) {
		forgetNowAndAfterCommit(() -> this.entries.values().removeIf((e) -> e.tokenId() == tokenId));
	}

	/** Forgets every token of an account whose row changed. */
	void forgetUser(long userId) {
		forgetNowAndAfterCommit(() -> this.entries.values().removeIf((e) -> e.userId() == userId));
	}

	/**
	 * Now, and again once the change is committed: a request that read the token before
	 * the commit may have remembered its old state in between.
	 */
	private static void forgetNowAndAfterCommit(Runnable forget) {
		forget.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget.run();
				}
			});
		}
	}

	private record Entry(long tokenId, long userId, AccountPrincipal principal, Instant until) {

	}

}
