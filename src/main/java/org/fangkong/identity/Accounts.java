package org.fangkong.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.organisation.Organisation;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts (账号) and their administration: users, roles, jurisdiction node and
 * working group, unlocking, and the demo users. Passwords are {@link Passwords}, API
 * tokens {@link AccessTokens}. Creations and role changes are audited (SECURITY.md AL1).
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

	private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,49}");

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Jurisdictions jurisdictions;

	private final Organisation organisation;

	private final AuditTrail audit;

	private final PasswordRules passwordRules;

	private final Clock clock;

	private final Map<String, String> demoHashes = new ConcurrentHashMap<>();

	Accounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Jurisdictions jurisdictions,
			Organisation organisation, AuditTrail audit, SecuritySettings settings, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.jurisdictions = jurisdictions;
		this.organisation = organisation;
		this.audit = audit;
		this.passwordRules = new PasswordRules(settings.passwordMinLength());
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
		this.passwordRules.check("password", user.password(), user.username(), violations);
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
	 * A demo user (profile {@code demo} only): no first-login change, marked so
	 * production refuses it.
	 */
	@Transactional
	public long createDemoUser(String username, String password, Assignment assignment) {
		// the demo users share the password the README publishes: bcrypt (70 ms) once,
		// not
		// once per user, for a faster first start (issue #19, W7)
		String hash = this.demoHashes.computeIfAbsent(password, this.passwordEncoder::encode);
		UserAccount account = new UserAccount(username, assignment.displayName(), hash, assignment.jurisdictionId(),
				now());
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

}
