package org.fangkong.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;

/** A user of the platform (用户). */
@Entity
@EntityListeners(AccountChanges.class)
@Table(name = "user_account")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	private long jurisdictionId;

	private Long workingGroupId;

	private boolean enabled = true;

	private boolean mustChangePassword = true;

	private int failedAttempts;

	private Instant lockedUntil;

	@Column(name = "demo")
	private boolean demo;

	private Instant createdAt;

	private Instant passwordChangedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new HashSet<>();

	/** The TOTP secret, encrypted (PR1); set at enrolment, in use once confirmed. */
	private String totpSecret;

	private boolean totpEnabled;

	/** The 30-second step of the last code accepted: a code is never accepted twice. */
	private long totpLastStep;

	protected UserAccount() {
	}

	void startSecondFactor(String encryptedSecret) {
		this.totpSecret = encryptedSecret;
		this.totpEnabled = false;
		this.totpLastStep = 0;
	}

	/**
	 * Accepts the code of {@code step} unless a code of that step or a later one was
	 * used.
	 */
	boolean useSecondFactorStep(long step) {
		if (step <= this.totpLastStep) {
			return false;
		}
		this.totpLastStep = step;
		return true;
	}

	void confirmSecondFactor() {
		this.totpEnabled = true;
	}

	void removeSecondFactor() {
		this.totpSecret = null;
		this.totpEnabled = false;
		this.totpLastStep = 0;
	}

	String getTotpSecret() {
		return this.totpSecret;
	}

	boolean isTotpEnabled() {
		return this.totpEnabled;
	}

	UserAccount(String username, String displayName, String passwordHash, long jurisdictionId, Instant now) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.jurisdictionId = jurisdictionId;
		this.createdAt = now;
	}

	/**
	 * R-AU3: a failed login; the fifth in a row locks the account for {@code lockout}.
	 * Returns whether it locked.
	 */
	boolean loginFailed(int maxFailures, Duration lockout, Instant now) {
		this.failedAttempts++;
		if (this.failedAttempts >= maxFailures) {
			this.lockedUntil = now.plus(lockout);
			this.failedAttempts = 0;
			return true;
		}
		return false;
	}

	void loginSucceeded() {
		this.failedAttempts = 0;
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	void unlock() {
		this.lockedUntil = null;
		this.failedAttempts = 0;
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
		this.mustChangePassword = false;
	}

	/**
	 * An administrator's reset: the user must choose a new password at the next login
	 * (AU7).
	 */
	void resetPassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
		this.mustChangePassword = true;
		unlock();
	}

	void assign(String displayName, Set<Role> roles, long jurisdictionId, Long workingGroupId, boolean enabled) {
		this.displayName = displayName;
		this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
		this.jurisdictionId = jurisdictionId;
		this.workingGroupId = workingGroupId;
		this.enabled = enabled;
	}

	void markDemo() {
		this.demo = true;
		this.mustChangePassword = false;
	}

	Actor toActor() {
		return new Actor(this.id, this.username, this.displayName, this.roles, this.jurisdictionId,
				this.workingGroupId);
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	long getJurisdictionId() {
		return this.jurisdictionId;
	}

	Long getWorkingGroupId() {
		return this.workingGroupId;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	int getFailedAttempts() {
		return this.failedAttempts;
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

	boolean isDemo() {
		return this.demo;
	}

	Set<Role> getRoles() {
		return this.roles;
	}

	long getVersion() {
		return this.version;
	}

}
