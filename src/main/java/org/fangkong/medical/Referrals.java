package org.fangkong.medical;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fever referrals (R-CP-5, R-MED-1): a fever at a checkpoint or on a daily check becomes
 * a referral for the medics at once, through the events {@link FeverEventHandler}
 * handles; a call about symptoms becomes one through
 * {@link ReferralPath#referFromHotline}. This class reads them; {@link ReferralPath}
 * takes them along the path.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(MedicalSettings.class)
public class Referrals {

	/** Rows per page of the referral list. */
	public static final int PAGE_SIZE = 50;

	private final ReferralRepository referrals;

	private final ReferralViews views;

	private final Jurisdictions jurisdictions;

	private final AuditTrail audit;

	Referrals(ReferralRepository referrals, ReferralViews views, Jurisdictions jurisdictions, AuditTrail audit) {
		this.referrals = referrals;
		this.views = views;
		this.jurisdictions = jurisdictions;
		this.audit = audit;
	}

	/** The first page of referrals inside the actor's jurisdiction, open ones first. */
	public List<ReferralView> visibleTo(Actor actor) {
		return list(actor, null, false, 0).rows();
	}

	/**
	 * A page of the referrals inside the actor's jurisdiction, of one status (all when
	 * null), or only the overdue ones: open ones first, newest first.
	 */
	public ReferralPage list(Actor actor, ReferralStatus status, boolean overdueOnly, int page) {
		requireMedicalRole(actor);
		int number = Math.max(page, 0);
		String scope = this.jurisdictions.scopePath(actor);
		PageRequest request = PageRequest.of(number, PAGE_SIZE);
		Slice<Referral> slice = overdueOnly ? this.referrals.findOpenSince(scope, this.views.overdueBefore(), request)
				: (status != null) ? this.referrals.findVisible(scope, status, request)
						: this.referrals.findVisible(scope, request);
		List<ReferralView> rows = slice.stream().map((referral) -> this.views.toView(referral, actor)).toList();
		if (actor.seesFullIdentifiers()) {
			this.audit.record(AuditAction.SEARCH, "referral", null, AuditTrail.SUCCESS, "rows=" + rows.size());
		}
		return new ReferralPage(rows, number, slice.hasNext());
	}

	/**
	 * One referral inside the actor's jurisdiction with the person, masked as in the list
	 * (issue #8 item 3); outside it, not found. The read of the person is audited.
	 */
	public ReferralView get(Actor actor, long id) {
		requireMedicalRole(actor);
		Referral referral = load(actor, id);
		if (actor.seesFullIdentifiers()) {
			this.audit.record(AuditAction.READ_FULL_RECORD, "referral", id, AuditTrail.SUCCESS, null);
		}
		return this.views.toView(referral, actor);
	}

	/**
	 * How many referrals inside the actor's jurisdiction wait for the fever clinic (the
	 * medic's work queue on the home page); 0 for a role that does not handle referrals.
	 */
	public long waiting(Actor actor) {
		if (!actor.hasAny(Role.MEDIC, Role.COMMANDER)) {
			return 0;
		}
		return this.referrals.countInScope(this.jurisdictions.scopePath(actor), ReferralStatus.OPEN);
	}

	/** How many of the waiting referrals are overdue (nobody received them in time). */
	public long overdue(Actor actor) {
		if (!actor.hasAny(Role.MEDIC, Role.COMMANDER)) {
			return 0;
		}
		return this.referrals.countOpenSince(this.jurisdictions.scopePath(actor), this.views.overdueBefore());
	}

	Referral load(Actor actor, long id) {
		return this.referrals.findById(id)
			.filter((r) -> this.jurisdictions.covers(actor, r.getJurisdictionId()))
			.orElseThrow(() -> new NotFoundException("referral", id));
	}

	static void requireMedicalRole(Actor actor) {
		if (!actor.hasAny(Role.MEDIC, Role.COMMANDER)) {
			throw new ForbiddenException("referrals are for medics and commanders");
		}
	}

	/** A page of referrals. */
	public record ReferralPage(List<ReferralView> rows, int page, boolean hasNext) {

	}

	/**
	 * A referral as a medic sees it (issue #12 item 5): the ID number masked, the phone
	 * in full for medics to call (masked for other roles). {@code registrationId},
	 * {@code dailyCheckId} or {@code hotlineCallId}: the source record;
	 * {@code screeningId}/{@code personId}: the person's screening record, when screening
	 * holds one; {@code overdue}: still open after the configured time; each step with
	 * who and when; {@code measure}: the ledger measure the outcome asked for, once
	 * applied.
	 */
	public record ReferralView(long id, ReferralSource source, long sourceId, Long registrationId, Long dailyCheckId,
			Long hotlineCallId, Long personId, Long screeningId, String checkpointName, BigDecimal temperature,
			Instant detectedAt, ReferralStatus status, ReferralOutcome outcome, boolean overdue, String name,
			String idNumber, String phone, String complaint, String handledBy, Instant handledAt, Long clinicId,
			String clinicName, String outcomeBy, Instant outcomeAt, String outcomeNote, Long facilityId,
			String facilityName, BedKind bedKind, String admittedBy, Instant admittedAt, String dischargedBy,
			Instant dischargedAt, String dischargeNote, String measure) {

	}

}
