package org.fangkong.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;

import org.fangkong.audit.AuditTrail;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.PersonalDataProtection;
import org.fangkong.shared.QrCodes;
import org.fangkong.shared.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of a login (SECURITY.md AU6): a time-based one-time code from an
 * authenticator app. Any user may set it up; administrators and commanders must have it
 * where {@code fangkong.security.second-factor-required} is on (the {@code prod}
 * profile). With it, a page login asks for the code after the password, and the API takes
 * personal access tokens (made from such a session) but not the password.
 */
@Service
@Transactional(readOnly = true)
public class SecondFactor {

	/**
	 * The session attribute of a login whose password was right and whose code is due.
	 */
	public static final String PENDING = "fangkong.secondFactorPending";

	private final UserAccountRepository accounts;

	private final PersonalDataProtection protection;

	private final AuditTrail audit;

	private final Clock clock;

	private final boolean required;

	private final String issuer;

	SecondFactor(UserAccountRepository accounts, PersonalDataProtection protection, AuditTrail audit, Clock clock,
			@Value("${fangkong.security.second-factor-required:false}") boolean required,
			@Value("${fangkong.security.second-factor-issuer:Fangkong}") String issuer) {
		this.accounts = accounts;
		this.protection = protection;
		this.audit = audit;
		this.clock = clock;
		this.required = required;
		this.issuer = issuer;
	}

	/** Whether the actor's roles must have a second factor here. */
	public boolean isRequiredFor(Actor actor) {
		return this.required && actor.hasAny(Role.ADMIN, Role.COMMANDER);
	}

	public boolean isEnabled(long userId) {
		return load(userId).isTotpEnabled();
	}

	/**
	 * The set-up: a secret with its QR code, kept until confirmed with a code (the same
	 * one again if the page is opened again before that).
	 */
	@Transactional
	public Enrolment begin(Actor actor) {
		UserAccount account = load(actor.userId());
		if (account.isTotpEnabled()) {
			throw new ForbiddenException(actor.username() + " has a second factor already");
		}
		String secret;
		if (account.getTotpSecret() != null) {
			secret = this.protection.decrypt(account.getTotpSecret());
		}
		else {
			secret = Totp.newSecret();
			account.startSecondFactor(this.protection.encrypt(secret));
		}
		String uri = Totp.uri(this.issuer, actor.username(), secret);
		return new Enrolment(grouped(secret), uri, QrCodes.svg(uri));
	}

	/** Confirms the set-up with the first code from the app. */
	@Transactional
	public void confirm(Actor actor, String code) {
		UserAccount account = load(actor.userId());
		if (account.isTotpEnabled() || account.getTotpSecret() == null || !accept(account, code)) {
			throw InvalidInputException.of("code", "validation.secondFactor.code");
		}
		account.confirmSecondFactor();
		this.audit.record(IdentityAudit.SECOND_FACTOR_ENABLED, "user", account.getId(), AuditTrail.SUCCESS, null);
	}

	/**
	 * Checks the code of a login's second step; a wrong code is audited. A code is
	 * accepted once.
	 */
	@Transactional
	public boolean verify(long userId, String code) {
		UserAccount account = load(userId);
		boolean ok = account.isTotpEnabled() && accept(account, code);
		if (!ok) {
			this.audit.recordAs(account.getUsername(), IdentityAudit.SECOND_FACTOR_FAILED, "user", userId,
					AuditTrail.FAILURE, null);
		}
		return ok;
	}

	/** An administrator removes a user's second factor (a lost phone); audited. */
	@Transactional
	public void remove(Actor actor, long userId) {
		if (!actor.has(Role.ADMIN)) {
			throw new ForbiddenException(actor.username() + " may not remove second factors");
		}
		load(userId).removeSecondFactor();
		this.audit.record(IdentityAudit.SECOND_FACTOR_REMOVED, "user", userId, AuditTrail.SUCCESS, null);
	}

	private boolean accept(UserAccount account, String code) {
		String secret = this.protection.decrypt(account.getTotpSecret());
		OptionalLong step = Totp.matchingStep(secret, code, Instant.now(this.clock));
		return step.isPresent() && account.useSecondFactorStep(step.getAsLong());
	}

	private UserAccount load(long userId) {
		return this.accounts.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
	}

	private static String grouped(String secret) {
		return secret.replaceAll("(.{4})(?!$)", "$1 ");
	}

	/** The secret to type in (grouped by four), its link and its QR code. */
	public record Enrolment(String secret, String uri, String qrSvg) {

	}

}
