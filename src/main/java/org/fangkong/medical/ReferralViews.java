package org.fangkong.medical;

import java.time.Clock;
import java.time.Instant;

import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.checkpoint.RegistrationSubjects;
import org.fangkong.medical.Referrals.ReferralView;
import org.fangkong.screening.CheckSubjects;
import org.fangkong.screening.MedicalMeasures;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Masking;
import org.fangkong.shared.PersonalDataProtection;

import org.springframework.stereotype.Component;

/**
 * A referral as the actor sees it: the person from the source (the registration, the
 * daily check's screening, or the hotline caller), the ID number masked, the phone as the
 * role allows; the overdue flag from the clock and {@link MedicalSettings}.
 */
@Component
class ReferralViews {

	private final RegistrationSubjects subjects;

	private final Checkpoints checkpoints;

	private final CheckSubjects checkSubjects;

	private final MedicalMeasures measures;

	private final Facilities facilities;

	private final PersonalDataProtection protection;

	private final MedicalSettings settings;

	private final Clock clock;

	ReferralViews(RegistrationSubjects subjects, Checkpoints checkpoints, CheckSubjects checkSubjects,
			MedicalMeasures measures, Facilities facilities, PersonalDataProtection protection,
			MedicalSettings settings, Clock clock) {
		this.subjects = subjects;
		this.checkpoints = checkpoints;
		this.checkSubjects = checkSubjects;
		this.measures = measures;
		this.facilities = facilities;
		this.protection = protection;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether a referral made at {@code detectedAt} and still open is overdue now. */
	boolean overdue(ReferralStatus status, Instant detectedAt) {
		return status == ReferralStatus.OPEN
				&& detectedAt.plus(this.settings.receiveWithin()).isBefore(Instant.now(this.clock));
	}

	/** The instant before which an open referral is overdue. */
	Instant overdueBefore() {
		return Instant.now(this.clock).minus(this.settings.receiveWithin());
	}

	ReferralView toView(Referral referral, Actor actor) {
		String name = null;
		String idNumber = null;
		String phone = null;
		String where = null;
		Long screeningId = null;
		switch (referral.getSource()) {
			case CHECKPOINT -> {
				screeningId = this.checkSubjects.screeningOfRegistration(referral.getSourceId()).orElse(null);
				RegistrationSubjects.Subject subject = this.subjects.subject(referral.getSourceId()).orElse(null);
				where = (referral.getCheckpointId() != null)
						? this.checkpoints.find(referral.getCheckpointId()).map(CheckpointView::name).orElse(null)
						: null;
				if (subject != null) {
					name = subject.name();
					idNumber = subject.idNumber();
					phone = subject.phone();
				}
			}
			case DAILY_CHECK -> {
				CheckSubjects.Subject subject = this.checkSubjects.subjectOfCheck(referral.getSourceId()).orElse(null);
				if (subject != null) {
					screeningId = subject.screeningId();
					name = subject.name();
					idNumber = subject.idNumber();
					phone = subject.phone();
					where = subject.gridName();
				}
			}
			case HOTLINE -> {
				name = referral.getCallerName();
				phone = this.protection.decrypt(referral.getCallerPhoneEnc());
			}
		}
		Long personId = (screeningId != null) ? this.measures.personOf(screeningId).orElse(null) : null;
		String facilityName = (referral.getFacilityId() != null)
				? this.facilities.find(referral.getFacilityId()).map(Facilities.FacilityView::name).orElse(null) : null;
		String clinicName = (referral.getClinicId() != null)
				? this.facilities.find(referral.getClinicId()).map(Facilities.FacilityView::name).orElse(null) : null;
		ReferralSource source = referral.getSource();
		return new ReferralView(referral.getId(), source, referral.getSourceId(),
				(source == ReferralSource.CHECKPOINT) ? referral.getSourceId() : null,
				(source == ReferralSource.DAILY_CHECK) ? referral.getSourceId() : null,
				(source == ReferralSource.HOTLINE) ? referral.getSourceId() : null, personId, screeningId, where,
				referral.getTemperature(), referral.getDetectedAt(), referral.getStatus(), referral.getOutcome(),
				overdue(referral.getStatus(), referral.getDetectedAt()), name,
				(idNumber != null) ? Masking.idNumber(idNumber) : null,
				(phone != null) ? Masking.phoneFor(actor, phone) : null, referral.getComplaint(),
				referral.getHandledBy(), referral.getHandledAt(), referral.getClinicId(), clinicName,
				referral.getOutcomeBy(), referral.getOutcomeAt(), referral.getOutcomeNote(), referral.getFacilityId(),
				facilityName, referral.getBedKind(), referral.getAdmittedBy(), referral.getAdmittedAt(),
				referral.getDischargedBy(), referral.getDischargedAt(), referral.getDischargeNote(),
				referral.getMeasureApplied());
	}

}
