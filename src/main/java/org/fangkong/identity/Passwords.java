package org.fangkong.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fangkong.audit.AuditTrail;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.fangkong.shared.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords (口令): an administrator's reset and a user's change of their own. The rules
 * are {@link PasswordRules}; both changes are audited (SECURITY.md AL1).
 */
@Service
@Transactional(readOnly = true)
public class Passwords {

	private final UserAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordRules rules;

	private final AuditTrail audit;

	private final Clock clock;

	Passwords(UserAccountRepository accounts, PasswordEncoder passwordEncoder, SecuritySettings settings,
			AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.rules = new PasswordRules(settings.passwordMinLength());
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * An administrator sets a new initial password; the user must change it at next login
	 * (AU7).
	 * @throws NotFoundException if there is no such user
	 * @throws InvalidInputException on field {@code password} if the password breaks a
	 * rule
	 */
	@Transactional
	public void reset(long userId, String newPassword) {
		UserAccount account = load(userId);
		List<Violation> violations = new ArrayList<>();
		this.rules.check("password", newPassword, account.getUsername(), violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		account.resetPassword(this.passwordEncoder.encode(newPassword), Instant.now(this.clock));
		this.audit.record(IdentityAudit.PASSWORD_RESET, "user", userId, AuditTrail.SUCCESS, null);
	}

	/**
	 * The user changes their own password; the current one must be given.
	 * @throws InvalidInputException naming {@code currentPassword}, {@code newPassword}
	 * or {@code confirmation}
	 */
	@Transactional
	public void changeOwn(Actor actor, String currentPassword, String newPassword, String confirmation) {
		UserAccount account = load(actor.userId());
		boolean currentMatches = currentPassword != null
				&& this.passwordEncoder.matches(currentPassword, account.getPasswordHash());
		List<Violation> violations = this.rules.checkChange(currentMatches, currentPassword, newPassword, confirmation,
				account.getUsername());
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		account.changePassword(this.passwordEncoder.encode(newPassword), Instant.now(this.clock));
		this.audit.record(IdentityAudit.PASSWORD_CHANGED, "user", account.getId(), AuditTrail.SUCCESS, null);
	}

	private UserAccount load(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("user", id));
	}

}
