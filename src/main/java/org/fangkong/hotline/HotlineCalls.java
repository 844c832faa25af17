package org.fangkong.hotline;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.medical.ReferralPath;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.Masking;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.PersonalDataProtection;
import org.fangkong.shared.Role;
import org.fangkong.shared.UnprocessableRequestException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hotline's call log (issue #12 item 3, R-MED-3): operators log each call, the
 * caller's phone encrypted at rest and masked for the roles that do not need it in full
 * (the operators themselves included, SECURITY.md AC5); a call about symptoms becomes a
 * referral for the medics in one step. Read by operators and commanders inside their
 * jurisdiction; a full read of the phone is audited.
 */
@Service
@Transactional(readOnly = true)
public class HotlineCalls {

	/** Rows per page of the call log. */
	public static final int PAGE_SIZE = 50;

	private final HotlineCallRepository calls;

	private final ReferralPath referrals;

	private final Jurisdictions jurisdictions;

	private final PersonalDataProtection protection;

	private final AuditTrail audit;

	private final Clock clock;

	HotlineCalls(HotlineCallRepository calls, ReferralPath referrals, Jurisdictions jurisdictions,
			PersonalDataProtection protection, AuditTrail audit, Clock clock) {
		this.calls = calls;
		this.referrals = referrals;
		this.jurisdictions = jurisdictions;
		this.protection = protection;
		this.audit = audit;
		this.clock = clock;
	}

	static void requireReader(Actor actor) {
		if (!actor.hasAny(Role.HOTLINE_OPERATOR, Role.COMMANDER)) {
			throw new ForbiddenException("the hotline is for its operators and commanders");
		}
	}

	private static void requireOperator(Actor actor) {
		if (!actor.has(Role.HOTLINE_OPERATOR)) {
			throw new ForbiddenException("only hotline operators log calls");
		}
	}

	/**
	 * Logs a call by the operator. With {@code refer} a call about symptoms becomes a
	 * referral for the medics in the same step. The caller's node is the operator's
	 * unless {@code jurisdictionId} names one inside it.
	 */
	@Transactional
	public CallView log(Actor actor, NewCall call) {
		requireOperator(actor);
		if (call == null || call.category() == null) {
			throw InvalidInputException.of("category", "validation.required");
		}
		if (call.question() == null || call.question().isBlank()) {
			throw InvalidInputException.of("question", "validation.required");
		}
		if (call.question().length() > 2000 || (call.answer() != null && call.answer().length() > 2000)) {
			throw InvalidInputException.of("question", "hotline.tooLong");
		}
		String phone = (call.callerPhone() != null && !call.callerPhone().isBlank()) ? call.callerPhone().strip()
				: null;
		if (phone != null && !phone.matches("[0-9][0-9 +-]{4,19}")) {
			// a mobile or a landline with its area code
			throw InvalidInputException.of("callerPhone", "hotline.phone");
		}
		if (call.referNow() && call.category() != CallCategory.SYMPTOMS) {
			throw InvalidInputException.of("refer", "hotline.referOnlySymptoms");
		}
		long node = (call.jurisdictionId() != null) ? call.jurisdictionId() : actor.jurisdictionId();
		if (!this.jurisdictions.covers(actor, node)) {
			throw InvalidInputException.of("jurisdictionId", "medical.node.outOfScope");
		}
		HotlineCall saved = this.calls.save(new HotlineCall(Instant.now(this.clock), trim(call.callerName(), 100),
				this.protection.encrypt(phone), this.protection.lookupHash(phone), call.category(),
				call.question().strip(), trim(call.answer(), 2000), actor.username(), node,
				this.jurisdictions.pathOf(node), call.followUp(), false));
		if (call.referNow()) {
			refer(actor, saved, call.temperature());
		}
		return toView(saved, actor);
	}

	/** Turns a logged call about symptoms into a referral; once per call. */
	@Transactional
	public CallView refer(Actor actor, long id, BigDecimal temperature) {
		requireOperator(actor);
		HotlineCall call = load(actor, id);
		if (call.getCategory() != CallCategory.SYMPTOMS) {
			throw new UnprocessableRequestException("only a call about symptoms is referred",
					"hotline.referOnlySymptoms");
		}
		refer(actor, call, temperature);
		return toView(call, actor);
	}

	private void refer(Actor actor, HotlineCall call, BigDecimal temperature) {
		if (call.getReferralId() != null) {
			throw new UnprocessableRequestException("call referred already", "hotline.referredAlready");
		}
		long referral = this.referrals.referFromHotline(actor,
				new ReferralPath.HotlineReferral(call.getId(), call.getJurisdictionId(), call.getCallerName(),
						this.protection.decrypt(call.getCallerPhoneEnc()), call.getQuestion(), temperature));
		call.referredAs(referral);
	}

	/** The follow-up of a call is done. */
	@Transactional
	public CallView followUpDone(Actor actor, long id) {
		requireOperator(actor);
		HotlineCall call = load(actor, id);
		call.followUpDone(actor.username(), Instant.now(this.clock));
		return toView(call, actor);
	}

	/**
	 * A page of the calls inside the actor's jurisdiction, newest first, or the open
	 * follow-ups.
	 */
	public CallPage list(Actor actor, boolean followUpsOpen, int page) {
		requireReader(actor);
		String scope = this.jurisdictions.scopePath(actor);
		int number = Math.max(page, 0);
		Slice<HotlineCall> slice = followUpsOpen
				? this.calls.findFollowUpsOpen(scope, PageRequest.of(number, PAGE_SIZE))
				: this.calls.findVisible(scope, PageRequest.of(number, PAGE_SIZE));
		List<CallView> rows = slice.stream().map((c) -> toView(c, actor)).toList();
		if (actor.seesFullIdentifiers()) {
			this.audit.record(AuditAction.SEARCH, "hotline_call", null, AuditTrail.SUCCESS, "rows=" + rows.size());
		}
		return new CallPage(rows, number, slice.hasNext());
	}

	/** One call inside the actor's jurisdiction; outside it, not found. */
	public CallView get(Actor actor, long id) {
		requireReader(actor);
		HotlineCall call = load(actor, id);
		if (actor.seesFullIdentifiers()) {
			this.audit.record(AuditAction.READ_FULL_RECORD, "hotline_call", id, AuditTrail.SUCCESS, null);
		}
		return toView(call, actor);
	}

	/** The operator's work: calls today since {@code since} and open follow-ups. */
	public long[] workOf(Actor actor, Instant since) {
		String scope = this.jurisdictions.scopePath(actor);
		return new long[] { this.calls.countSince(scope, since), this.calls.countFollowUpsOpen(scope) };
	}

	private HotlineCall load(Actor actor, long id) {
		String scope = this.jurisdictions.scopePath(actor);
		return this.calls.findById(id)
			.filter((c) -> c.getScopePath().startsWith(scope))
			.orElseThrow(() -> new NotFoundException("hotline call", id));
	}

	private CallView toView(HotlineCall call, Actor actor) {
		String phone = this.protection.decrypt(call.getCallerPhoneEnc());
		return new CallView(call.getId(), call.getCalledAt(), call.getCallerName(),
				(phone != null) ? Masking.phoneFor(actor, phone) : null, call.getCategory(), call.getQuestion(),
				call.getAnswer(), call.getOperator(), call.getJurisdictionId(), call.isFollowUpNeeded(),
				call.getFollowUpDoneAt(), call.getFollowUpDoneBy(), call.getReferralId());
	}

	private static String trim(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		return (trimmed.length() > max) ? trimmed.substring(0, max) : trimmed;
	}

	/**
	 * A call to log ({@code POST /api/v1/hotline/calls}). {@code refer}: a call about
	 * symptoms becomes a referral in the same step; {@code temperature}: what the caller
	 * measured, if anything.
	 */
	public record NewCall(String callerName, String callerPhone, CallCategory category, String question, String answer,
			Boolean followUpNeeded, Long jurisdictionId, Boolean refer, BigDecimal temperature) {

		/** Whether the call becomes a referral in the same step (false when left out). */
		boolean referNow() {
			return Boolean.TRUE.equals(this.refer);
		}

		/** Whether a follow-up is needed (false when left out). */
		boolean followUp() {
			return Boolean.TRUE.equals(this.followUpNeeded);
		}

	}

	/** A call as the actor sees it: the phone masked unless the role needs it in full. */
	public record CallView(long id, Instant calledAt, String callerName, String callerPhone, CallCategory category,
			String question, String answer, String operator, long jurisdictionId, boolean followUpNeeded,
			Instant followUpDoneAt, String followUpDoneBy, Long referralId) {

	}

	/** A page of calls. */
	public record CallPage(List<CallView> rows, int page, boolean hasNext) {

	}

}
