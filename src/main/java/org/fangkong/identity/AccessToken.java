package org.fangkong.identity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal access token for the REST API. Only the SHA-256 of its secret is kept. */
@Entity
@Table(name = "access_token")
class AccessToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long userId;

	private String name;

	private String tokenHash;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant lastUsedAt;

	private boolean revoked;

	protected AccessToken() {
	}

	AccessToken(long userId, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean isUsable(Instant now) {
		return !this.revoked && (this.expiresAt == null || this.expiresAt.isAfter(now));
	}

	/**
	 * Notes the use, at most once a minute: a client sending many requests with one token
	 * must not make every request write (and lock) the same row.
	 */
	void used(Instant now) {
		if (this.lastUsedAt == null || this.lastUsedAt.isBefore(now.minusSeconds(60))) {
			this.lastUsedAt = now;
		}
	}

	void revoke() {
		this.revoked = true;
	}

	Long getId() {
		return this.id;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	long getUserId() {
		return this.userId;
	}

	AccessTokens.TokenView toView() {
		return new AccessTokens.TokenView(this.id, this.name, this.createdAt, this.expiresAt, this.lastUsedAt,
				this.revoked);
	}

}
