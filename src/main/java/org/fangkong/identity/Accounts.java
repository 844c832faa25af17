package org.fangkong.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.organisation.Organisation;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: administration (users, roles, jurisdiction, checkpoints), one's own
 * password, and personal access tokens for the API. Role changes, resets and token
 * changes are audited (SECURITY.md AL1).
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

	private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,49}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccountRepository accounts;

	private final AccessTokenRepository tokens;

	private final PasswordEncoder passwordEncoder;

	private final Jurisdictions jurisdictions;

	private final Organisation organisation;

	private final AuditTrail audit;

	private final SecuritySettings settings;

	private final Clock clock;

	Accounts(UserAccountRepository accounts, AccessTokenRepository tokens, PasswordEncoder passwordEncoder,
			Jurisdictions jurisdictions, Organisation organisation, AuditTrail audit, SecuritySettings settings,
			Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.jurisdictions = jurisdictions;
		this.organisation = organisation;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	public List<UserView> list() {
		return this.accounts.findAllByOrderByUsername().stream().map(this::toView).toList();
	}

	public UserView get(long id) {
		return toView(load(id));
	}

	/** A user by id, without a scope check: for labels of ids already held. */
	public Optional<UserView> find(long id) {
		return this.accounts.findById(id).map(this::toView);
	}

	public Optional<UserView> findByUsername(String username) {
		return this.accounts.findByUsername(username).map(this::toView);
	}

	/**
	 * Creates a user; the password given is an initial one, to be changed at first login
	 * (AU7).
	 */
	@Transactional
	public long create(NewUser user) {
		List<Violation> violations = new ArrayList<>();
		if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
			violations.add(new Violation("username", "validation.username"));
		}
		else if (this.accounts.existsByUsername(user.username())) {
			violations.add(new Violation("username", "validation.username.taken"));
		}
		checkPassword("password", user.password(), user.username(), violations);
		checkAssignment(user.assignment(), violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		UserAccount account = new UserAccount(user.username(), user.assignment().displayName(),
				this.passwordEncoder.encode(user.password()), user.assignment().jurisdictionId(), now());
		apply(account, user.assignment());
		account = this.accounts.save(account);
		this.audit.record(IdentityAudit.USER_CREATED, "user", account.getId(), AuditTrail.SUCCESS,
				"roles=" + user.assignment().roles() + " node=" + user.assignment().jurisdictionId());
		return account.getId();
	}

	/**
	 * Changes a user's name, roles, jurisdiction, group and checkpoints.
	 * {@code expectedVersion} is the version the editor saw: a change made meanwhile by
	 * someone else is a conflict, never silently overwritten (RE2).
	 */
	@Transactional
	public void update(long id, long expectedVersion, Assignment assignment) {
		UserAccount account = load(id);
		if (account.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
		}
		List<Violation> violations = new ArrayList<>();
		checkAssignment(assignment, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Set<Role> before = Set.copyOf(account.getRoles());
		long nodeBefore = account.getJurisdictionId();
		apply(account, assignment);
		if (!before.equals(assignment.roles())) {
			this.audit.record(IdentityAudit.ROLES_CHANGED, "user", id, AuditTrail.SUCCESS,
					before + " -> " + assignment.roles());
		}
		this.audit.record(AuditAction.USER_CHANGED, "user", id, AuditTrail.SUCCESS,
				"node " + nodeBefore + " -> " + assignment.jurisdictionId() + ", enabled=" + assignment.enabled());
	}

	@Transactional
	public void unlock(long id) {
		load(id).unlock();
		this.audit.record(IdentityAudit.USER_UNLOCKED, "user", id, AuditTrail.SUCCESS, null);
	}

	/**
	 * An administrator sets a new initial password; the user must change it at next
	 * login.
	 */
	@Transactional
	public void resetPassword(long id, String newPassword) {
		UserAccount account = load(id);
		List<Violation> violations = new ArrayList<>();
		checkPassword("password", newPassword, account.getUsername(), violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		account.resetPassword(this.passwordEncoder.encode(newPassword), now());
		this.audit.record(IdentityAudit.PASSWORD_RESET, "user", id, AuditTrail.SUCCESS, null);
	}

	/** The user changes their own password; the current one must be given. */
	@Transactional
	public void changeOwnPassword(Actor actor, String currentPassword, String newPassword, String confirmation) {
		UserAccount account = load(actor.userId());
		List<Violation> violations = new ArrayList<>();
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			violations.add(new Violation("currentPassword", "validation.password.current"));
		}
		checkPassword("newPassword", newPassword, account.getUsername(), violations);
		if (newPassword != null && !newPassword.equals(confirmation)) {
			violations.add(new Violation("confirmation", "validation.password.confirmation"));
		}
		if (newPassword != null && currentPassword != null && newPassword.equals(currentPassword)) {
			violations.add(new Violation("newPassword", "validation.password.same"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		account.changePassword(this.passwordEncoder.encode(newPassword), now());
		this.audit.record(IdentityAudit.PASSWORD_CHANGED, "user", account.getId(), AuditTrail.SUCCESS, null);
	}

	/**
	 * A demo user (profile {@code demo} only): no first-login change, marked so
	 * production refuses it.
	 */
	@Transactional
	public long createDemoUser(String username, String password, Assignment assignment) {
		UserAccount account = new UserAccount(username, assignment.displayName(), this.passwordEncoder.encode(password),
				assignment.jurisdictionId(), now());
		apply(account, assignment);
		account.markDemo();
		return this.accounts.save(account).getId();
	}

	public boolean exists(String username) {
		return this.accounts.existsByUsername(username);
	}

	public boolean demoUsersPresent() {
		return this.accounts.existsByDemoTrue();
	}

	/** Creates a personal access token; its secret is returned once and never stored. */
	@Transactional
	public NewToken createToken(Actor actor, String name, Integer validDays) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw InvalidInputException.of("name", "validation.required");
		}
		if (validDays != null && (validDays < 1 || validDays > 365)) {
			throw InvalidInputException.of("validDays", "validation.range", 1, 365);
		}
		byte[] bytes = new byte[30];
		RANDOM.nextBytes(bytes);
		String secret = "fk_" + HexFormat.of().formatHex(bytes);
		Instant now = now();
		Instant expires = (validDays != null) ? now.plus(Duration.ofDays(validDays)) : null;
		AccessToken token = this.tokens.save(new AccessToken(actor.userId(), name.strip(), hash(secret), now, expires));
		this.audit.record(IdentityAudit.TOKEN_CREATED, "token", token.getId(), AuditTrail.SUCCESS, null);
		return new NewToken(token.toView(), secret);
	}

	public List<TokenView> tokens(Actor actor) {
		return this.tokens.findByUserIdOrderByIdDesc(actor.userId()).stream().map(AccessToken::toView).toList();
	}

	@Transactional
	public void revokeToken(Actor actor, long tokenId) {
		AccessToken token = this.tokens.findById(tokenId)
			.filter((t) -> t.getUserId() == actor.userId())
			.orElseThrow(() -> new NotFoundException("token", tokenId));
		token.revoke();
		this.audit.record(IdentityAudit.TOKEN_REVOKED, "token", tokenId, AuditTrail.SUCCESS, null);
	}

	/** The principal of a usable token, for the bearer filter. */
	@Transactional
	Optional<UserAccount> authenticateToken(String secret) {
		Instant now = now();
		return this.tokens.findByTokenHash(hash(secret)).filter((token) -> token.isUsable(now)).flatMap((token) -> {
			token.used(now);
			return this.accounts.findById(token.getUserId());
		}).filter((account) -> account.isEnabled() && !account.isLocked(now));
	}

	private void checkPassword(String field, String password, String username, List<Violation> violations) {
		if (password == null || password.length() < this.settings.passwordMinLength()) {
			violations.add(new Violation(field, "validation.password.length", this.settings.passwordMinLength()));
		}
		else if (password.length() > 128) {
			violations.add(new Violation(field, "validation.maxLength", 128));
		}
		else if (Objects.equals(password, username)) {
			violations.add(new Violation(field, "validation.password.username"));
		}
	}

	private void checkAssignment(Assignment assignment, List<Violation> violations) {
		if (assignment.displayName() == null || assignment.displayName().isBlank()) {
			violations.add(new Violation("displayName", "validation.required"));
		}
		else if (assignment.displayName().length() > 50) {
			violations.add(new Violation("displayName", "validation.maxLength", 50));
		}
		if (assignment.roles() == null || assignment.roles().isEmpty()) {
			violations.add(new Violation("roles", "validation.roles"));
		}
		if (assignment.jurisdictionId() == null || this.jurisdictions.find(assignment.jurisdictionId()).isEmpty()) {
			violations.add(new Violation("jurisdictionId", "validation.required"));
		}
		if (assignment.workingGroupId() != null
				&& this.organisation.workingGroup(assignment.workingGroupId()).isEmpty()) {
			violations.add(new Violation("workingGroupId", "validation.unknown"));
		}
	}

	private void apply(UserAccount account, Assignment assignment) {
		account.assign(assignment.displayName().strip(), assignment.roles(), assignment.jurisdictionId(),
				assignment.workingGroupId(), assignment.enabled());
	}

	private UserView toView(UserAccount account) {
		Instant now = now();
		String node = this.jurisdictions.find(account.getJurisdictionId()).map(JurisdictionView::name).orElse("?");
		return new UserView(account.getId(), account.getUsername(), account.getDisplayName(),
				account.getRoles().stream().sorted().toList(), account.getJurisdictionId(), node,
				account.getWorkingGroupId(), account.isEnabled(),
				account.isLocked(now) ? account.getLockedUntil() : null, account.isMustChangePassword(),
				account.isDemo(), account.getVersion());
	}

	private UserAccount load(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("user", id));
	}

	private Instant now() {
		return Instant.now(this.clock);
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

	/** Who a user is and where they work: what an administrator assigns. */
	public record Assignment(String displayName, Set<Role> roles, Long jurisdictionId, Long workingGroupId,
			boolean enabled) {

	}

	/** A new user: a user name, an initial password and an assignment. */
	public record NewUser(String username, String password, Assignment assignment) {

	}

	/** A user, for the administration pages. */
	public record UserView(long id, String username, String displayName, List<Role> roles, long jurisdictionId,
			String jurisdictionName, Long workingGroupId, boolean enabled, Instant lockedUntil,
			boolean mustChangePassword, boolean demo, long version) {

	}

	/** A personal access token, without its secret. */
	public record TokenView(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			boolean revoked) {

	}

	/** A token just created, with its secret, shown once. */
	public record NewToken(TokenView token, String secret) {

	}

}
