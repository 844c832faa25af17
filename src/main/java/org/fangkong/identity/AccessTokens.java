package org.fangkong.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.fangkong.audit.AuditTrail;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens (访问令牌) for the API: a user creates, lists and revokes their own;
 * the bearer filter authenticates with them. Only the SHA-256 of a secret is stored.
 * Creation and revocation are audited (SECURITY.md AL1).
 */
@Service
@Transactional(readOnly = true)
public class AccessTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccessTokenRepository tokens;

	private final UserAccountRepository accounts;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecuritySettings settings;

	private final RecentTokens recent;

	AccessTokens(AccessTokenRepository tokens, UserAccountRepository accounts, AuditTrail audit, Clock clock,
			SecuritySettings settings, RecentTokens recent) {
		this.recent = recent;
		this.settings = settings;
		this.tokens = tokens;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates a token of the actor's; its secret is returned once and never stored.
	 * @param validDays 1 to {@code fangkong.security.token-max-days}, or {@code null} for
	 * the default life ({@code fangkong.security.token-default-days}): every token
	 * expires
	 * @throws InvalidInputException on {@code name} (blank or over 100 characters) or
	 * {@code validDays}
	 */
	@Transactional
	public NewToken create(Actor actor, String name, Integer validDays) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw InvalidInputException.of("name", "validation.required");
		}
		int maxDays = this.settings.tokenMaxDays();
		if (validDays != null && (validDays < 1 || validDays > maxDays)) {
			throw InvalidInputException.of("validDays", "validation.range", 1, maxDays);
		}
		int days = (validDays != null) ? validDays : Math.min(this.settings.tokenDefaultDays(), maxDays);
		byte[] bytes = new byte[30];
		RANDOM.nextBytes(bytes);
		String secret = "fk_" + HexFormat.of().formatHex(bytes);
		Instant now = Instant.now(this.clock);
		Instant expires = now.plus(Duration.ofDays(days));
		AccessToken token = this.tokens.save(new AccessToken(actor.userId(), name.strip(), hash(secret), now, expires));
		this.audit.record(IdentityAudit.TOKEN_CREATED, "token", token.getId(), AuditTrail.SUCCESS, null);
		return new NewToken(token.toView(), secret);
	}

	/** The actor's own tokens, newest first, revoked and expired ones included. */
	public List<TokenView> list(Actor actor) {
		return this.tokens.findByUserIdOrderByIdDesc(actor.userId()).stream().map(AccessToken::toView).toList();
	}

	/**
	 * Revokes one of the actor's tokens.
	 * @throws NotFoundException if there is no such token or it belongs to someone else
	 */
	@Transactional
	public void revoke(Actor actor, long tokenId) {
		AccessToken token = this.tokens.findById(tokenId)
			.filter((t) -> t.getUserId() == actor.userId())
			.orElseThrow(() -> new NotFoundException("token", tokenId));
		token.revoke();
		this.recent.forgetToken(tokenId);
		this.audit.record(IdentityAudit.TOKEN_REVOKED, "token", tokenId, AuditTrail.SUCCESS, null);
	}

	/**
	 * The account of a usable token, by the {@link #hash} of its secret, for the bearer
	 * filter: the token is neither revoked nor expired, and its user is enabled and not
	 * locked. Records the token's use.
	 */
	@Transactional
	Optional<Usable> authenticate(String tokenHash) {
		Instant now = Instant.now(this.clock);
		return this.tokens.findByTokenHash(tokenHash).filter((token) -> token.isUsable(now)).flatMap((token) -> {
			token.used(now);
			return this.accounts.findById(token.getUserId())
				.map((account) -> new Usable(account, token.getId(), token.getExpiresAt()));
		}).filter((usable) -> usable.account().isEnabled() && !usable.account().isLocked(now));
	}

	/** A usable token's account, the token's id and its expiry. */
	record Usable(UserAccount account, long tokenId, Instant expiresAt) {

	}

	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A personal access token, without its secret. */
	public record TokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			boolean revoked) {

	}

	/** A token just created, with its secret, shown once. */
	public record NewToken(TokenView token, String secret) {

	}

}
