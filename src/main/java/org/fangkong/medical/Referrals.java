package org.fangkong.medical;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.checkpoint.RegistrationSubjects;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.screening.CheckSubjects;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.Masking;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fever referrals (R-CP-5): a fever at a checkpoint becomes a referral for the medics at
 * once, through the {@link org.fangkong.checkpoint.FeverDetected} event (kept in the
 * event publication registry until handled, RE3; see {@link FeverEventHandler}).
 */
@Service
@Transactional(readOnly = true)
public class Referrals {

	private final ReferralRepository referrals;

	private final RegistrationSubjects subjects;

	private final Checkpoints checkpoints;

	private final CheckSubjects checkSubjects;

	private final Jurisdictions jurisdictions;

	private final AuditTrail audit;

	private final Clock clock;

	Referrals(ReferralRepository referrals, RegistrationSubjects subjects, Checkpoints checkpoints,
			CheckSubjects checkSubjects, Jurisdictions jurisdictions, AuditTrail audit, Clock clock) {
		this.referrals = referrals;
		this.subjects = subjects;
		this.checkpoints = checkpoints;
		this.checkSubjects = checkSubjects;
		this.jurisdictions = jurisdictions;
		this.audit = audit;
		this.clock = clock;
	}

	/** The referrals inside the actor's jurisdiction, open ones first, newest first. */
	public List<ReferralView> visibleTo(Actor actor) {
		requireMedicalRole(actor);
		List<ReferralView> found = this.referrals.findVisible(this.jurisdictions.scopePath(actor), Limit.of(500))
			.stream()
			.map((referral) -> toView(referral, actor))
			.toList();
		if (actor.seesFullIdentifiers()) {
			this.audit.record(AuditAction.SEARCH, "referral", null, AuditTrail.SUCCESS, "rows=" + found.size());
		}
		return found;
	}

	/**
	 * One referral inside the actor's jurisdiction with the person, masked as in the list
	 * (issue #8 item 3); outside it, not found. The read of the person is audited.
	 */
	public ReferralView get(Actor actor, long id) {
		requireMedicalRole(actor);
		Referral referral = this.referrals.findById(id)
			.filter((r) -> this.jurisdictions.covers(actor, r.getJurisdictionId()))
			.orElseThrow(() -> new NotFoundException("referral", id));
		if (actor.seesFullIdentifiers()) {
			this.audit.record(AuditAction.READ_FULL_RECORD, "referral", id, AuditTrail.SUCCESS, null);
		}
		return toView(referral, actor);
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

	/** The fever clinic received the patient. */
	@Transactional
	public void receive(Actor actor, long id) {
		if (!actor.has(Role.MEDIC)) {
			throw new ForbiddenException("only medics receive referrals");
		}
		Referral referral = this.referrals.findById(id)
			.filter((r) -> this.jurisdictions.covers(actor, r.getJurisdictionId()))
			.orElseThrow(() -> new NotFoundException("referral", id));
		referral.receive(actor.username(), Instant.now(this.clock));
	}

	private void requireMedicalRole(Actor actor) {
		if (!actor.hasAny(Role.MEDIC, Role.COMMANDER)) {
			throw new ForbiddenException("referrals are for medics and commanders");
		}
	}

	private ReferralView toView(Referral referral, Actor actor) {
		String name = null;
		String idNumber = null;
		String phone = null;
		String where = null;
		Long screeningId;
		if (referral.getSource() == ReferralSource.CHECKPOINT) {
			screeningId = this.checkSubjects.screeningOfRegistration(referral.getSourceId()).orElse(null);
			RegistrationSubjects.Subject subject = this.subjects.subject(referral.getSourceId()).orElse(null);
			where = (referral.getCheckpointId() != null)
					? this.checkpoints.find(referral.getCheckpointId()).map(CheckpointView::name).orElse(null) : null;
			if (subject != null) {
				name = subject.name();
				idNumber = subject.idNumber();
				phone = subject.phone();
			}
		}
		else {
			CheckSubjects.Subject subject = this.checkSubjects.subjectOfCheck(referral.getSourceId()).orElse(null);
			screeningId = (subject != null) ? subject.screeningId() : null;
			if (subject != null) {
				name = subject.name();
				idNumber = subject.idNumber();
				phone = subject.phone();
				where = subject.gridName();
			}
		}
		return new ReferralView(referral.getId(), referral.getSource(), referral.getSourceId(), where,
				referral.getTemperature(), referral.getDetectedAt(), referral.getStatus(), referral.getHandledBy(),
				name, (idNumber != null) ? Masking.idNumber(idNumber) : null,
				(phone != null) ? Masking.phoneFor(actor, phone) : null, referral.getHandledAt(), screeningId);
	}

	/**
	 * A referral as a medic sees it: the ID number masked, the phone in full for medics
	 * to call. {@code screeningId}: the person's screening record, when screening holds
	 * one (issue #8 item 3).
	 */
	public record ReferralView(long id, ReferralSource source, long sourceId, String checkpointName,
			BigDecimal temperature, Instant detectedAt, ReferralStatus status, String handledBy, String name,
			String idNumber, String phone, Instant handledAt, Long screeningId) {

	}

}
