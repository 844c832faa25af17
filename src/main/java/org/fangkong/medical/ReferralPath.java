package org.fangkong.medical;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.medical.Referrals.ReferralView;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.PersonalDataProtection;
import org.fangkong.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral path (issue #12 item 2): a medic receives the patient at a fever clinic,
 * gives the outcome, admits them to a bed and discharges them, each step with who and
 * when and guarded by {@link ReferralRules}. Beds are taken and freed by {@link Beds} in
 * the same transaction. Each step that may change the person's measure publishes
 * {@link ReferralProgressed}; the ledger follows through {@link MeasureEventHandler}.
 */
@Service
@Transactional
public class ReferralPath {

	private final Referrals referrals;

	private final ReferralRepository repository;

	private final ReferralViews views;

	private final Facilities facilities;

	private final Beds beds;

	private final Jurisdictions jurisdictions;

	private final PersonalDataProtection protection;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReferralPath(Referrals referrals, ReferralRepository repository, ReferralViews views, Facilities facilities,
			Beds beds, Jurisdictions jurisdictions, PersonalDataProtection protection, ApplicationEventPublisher events,
			Clock clock) {
		this.referrals = referrals;
		this.repository = repository;
		this.views = views;
		this.facilities = facilities;
		this.beds = beds;
		this.jurisdictions = jurisdictions;
		this.protection = protection;
		this.events = events;
		this.clock = clock;
	}

	/** The fever clinic received the patient ({@code clinicId}: which one, optional). */
	public ReferralView receive(Actor actor, long id, Long clinicId) {
		Referral referral = loadForMedic(actor, id);
		if (clinicId != null) {
			requireFacility(actor, clinicId, "clinicId");
		}
		referral.receive(clinicId, actor.username(), now());
		return this.views.toView(referral, actor);
	}

	/**
	 * The outcome (first, or re-classified). With {@code facilityId} an outcome that
	 * keeps the person in a facility admits them to a bed there in the same step; an
	 * outcome that sends them home frees the bed they hold.
	 */
	public ReferralView outcome(Actor actor, long id, OutcomeRequest request) {
		Referral referral = loadForMedic(actor, id);
		if (request == null || request.outcome() == null) {
			throw InvalidInputException.of("outcome", "validation.required");
		}
		if (request.facilityId() != null && !request.outcome().needsBed()) {
			throw InvalidInputException.of("facilityId", "medical.facility.notForOutcome");
		}
		if (request.facilityId() != null) {
			requireFacility(actor, request.facilityId(), "facilityId");
		}
		Instant at = now();
		if (referral.holdsBed() && !request.outcome().needsBed()) {
			this.beds.free(referral.getFacilityId(), referral.getBedKind());
		}
		referral.conclude(request.outcome(), trim(request.note(), 500), actor.username(), at);
		if (request.facilityId() != null && referral.getStatus() == ReferralStatus.CONCLUDED) {
			BedKind kind = this.beds.take(request.facilityId(), request.bedKind(), request.outcome());
			referral.admit(request.facilityId(), kind, actor.username(), at);
		}
		return progressed(referral, actor);
	}

	/**
	 * Admits the person to a bed of the facility (of {@code bedKind}, or as the outcome
	 * prefers).
	 */
	public ReferralView admit(Actor actor, long id, AdmitRequest request) {
		Referral referral = loadForMedic(actor, id);
		if (request == null || request.facilityId() == null) {
			throw InvalidInputException.of("facilityId", "validation.required");
		}
		requireFacility(actor, request.facilityId(), "facilityId");
		ReferralRules.require(ReferralRules.Step.ADMIT, referral.getStatus(), referral.getOutcome());
		BedKind kind = this.beds.take(request.facilityId(), request.bedKind(), referral.getOutcome());
		referral.admit(request.facilityId(), kind, actor.username(), now());
		return progressed(referral, actor);
	}

	/** Discharges the person from their bed, which is freed. */
	public ReferralView discharge(Actor actor, long id, String note) {
		Referral referral = loadForMedic(actor, id);
		ReferralRules.require(ReferralRules.Step.DISCHARGE, referral.getStatus(), referral.getOutcome());
		this.beds.free(referral.getFacilityId(), referral.getBedKind());
		referral.discharge(trim(note, 500), actor.username(), now());
		return progressed(referral, actor);
	}

	/**
	 * A call about symptoms becomes a referral in one step (issue #12 item 3), for the
	 * caller's node (inside the operator's jurisdiction). Returns the referral's id.
	 */
	public long referFromHotline(Actor actor, HotlineReferral call) {
		if (!actor.hasAny(Role.HOTLINE_OPERATOR, Role.MEDIC)) {
			throw new ForbiddenException("only the hotline and medics refer a call");
		}
		if (!this.jurisdictions.covers(actor, call.jurisdictionId())) {
			throw InvalidInputException.of("jurisdictionId", "medical.node.outOfScope");
		}
		if (this.repository.existsBySourceAndSourceId(ReferralSource.HOTLINE, call.callId())) {
			throw new org.fangkong.shared.UnprocessableRequestException("call referred already",
					"hotline.referredAlready");
		}
		Referral referral = Referral.fromHotline(call.callId(), call.jurisdictionId(),
				this.jurisdictions.pathOf(call.jurisdictionId()), call.temperature(), now(),
				trim(call.callerName(), 100), this.protection.encrypt(call.callerPhone()), trim(call.complaint(), 500));
		return this.repository.save(referral).getId();
	}

	private ReferralView progressed(Referral referral, Actor actor) {
		this.repository.saveAndFlush(referral);
		this.events.publishEvent(new ReferralProgressed(referral.getId()));
		return this.views.toView(referral, actor);
	}

	private Referral loadForMedic(Actor actor, long id) {
		Referrals.requireMedicalRole(actor);
		if (!actor.has(Role.MEDIC)) {
			throw new ForbiddenException("only medics take referrals along their path");
		}
		return this.referrals.load(actor, id);
	}

	private void requireFacility(Actor actor, long facilityId, String field) {
		if (this.facilities.find(facilityId)
			.filter((f) -> this.jurisdictions.covers(actor, f.jurisdictionId()))
			.isEmpty()) {
			throw InvalidInputException.of(field, "medical.facility.unknown");
		}
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private static String trim(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		return (trimmed.length() > max) ? trimmed.substring(0, max) : trimmed;
	}

	/**
	 * {@code POST /api/v1/referrals/{id}/outcome}: the outcome, a facility for its bed, a
	 * note.
	 */
	public record OutcomeRequest(ReferralOutcome outcome, Long facilityId, BedKind bedKind, String note) {

	}

	/**
	 * {@code POST /api/v1/referrals/{id}/admit}: the facility and, optionally, the bed
	 * kind.
	 */
	public record AdmitRequest(Long facilityId, BedKind bedKind) {

	}

	/** A call to the hotline to refer: the caller as the operator noted them. */
	public record HotlineReferral(long callId, long jurisdictionId, String callerName, String callerPhone,
			String complaint, BigDecimal temperature) {

	}

}
