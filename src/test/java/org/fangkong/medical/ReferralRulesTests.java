package org.fangkong.medical;

import java.time.Instant;

import org.fangkong.medical.ReferralRules.StepRefusedException;
import org.fangkong.screening.Measure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The referral path's state machine (issue #12 item 6): each step only from the states
 * that allow it, a refused step changes nothing, and each state asks the ledger for its
 * measure.
 */
class ReferralRulesTests {

	private static final Instant AT = Instant.parse("2026-02-01T08:00:00Z");

	@Test
	void aReferralGoesFromArrivalToDischarge() {
		Referral referral = referral();
		referral.receive(null, "medic", AT);
		assertThat(referral.getStatus()).isEqualTo(ReferralStatus.RECEIVED);
		referral.conclude(ReferralOutcome.CONFIRMED, "CT", "medic", AT);
		assertThat(referral.getStatus()).isEqualTo(ReferralStatus.CONCLUDED);
		referral.admit(7, BedKind.DEDICATED, "medic", AT);
		assertThat(referral.getStatus()).isEqualTo(ReferralStatus.ADMITTED);
		assertThat(referral.getAdmittedBy()).isEqualTo("medic");
		referral.discharge("cured", "medic2", AT.plusSeconds(60));
		assertThat(referral.getStatus()).isEqualTo(ReferralStatus.DISCHARGED);
		assertThat(referral.getDischargedBy()).isEqualTo("medic2");
		assertThat(referral.getDischargedAt()).isEqualTo(AT.plusSeconds(60));
	}

	@Test
	void anOutcomeIsOnlyGivenAfterReceptionAndBeforeDischarge() {
		Referral open = referral();
		assertThatThrownBy(() -> open.conclude(ReferralOutcome.EXCLUDED, null, "medic", AT))
			.isInstanceOf(StepRefusedException.class);
		assertThat(open.getStatus()).isEqualTo(ReferralStatus.OPEN);
		assertThat(open.getOutcome()).isNull();

		Referral discharged = admitted();
		discharged.discharge(null, "medic", AT);
		assertThatThrownBy(() -> discharged.conclude(ReferralOutcome.CONFIRMED, null, "medic", AT))
			.isInstanceOf(StepRefusedException.class)
			.hasFieldOrPropertyWithValue("messageKey", "medical.refused.outcome");
	}

	@Test
	void illegalStepsAreRefused() {
		Referral received = referral();
		received.receive(null, "medic", AT);
		assertThatThrownBy(() -> received.receive(null, "medic", AT)).isInstanceOf(StepRefusedException.class);
		assertThatThrownBy(() -> received.admit(1, BedKind.ISOLATION, "medic", AT))
			.isInstanceOf(StepRefusedException.class);
		assertThatThrownBy(() -> received.discharge(null, "medic", AT)).isInstanceOf(StepRefusedException.class);

		Referral excluded = referral();
		excluded.receive(null, "medic", AT);
		excluded.conclude(ReferralOutcome.EXCLUDED, null, "medic", AT);
		assertThatThrownBy(() -> excluded.admit(1, BedKind.ISOLATION, "medic", AT))
			.isInstanceOf(StepRefusedException.class)
			.hasFieldOrPropertyWithValue("messageKey", "medical.refused.admit");

		Referral admitted = admitted();
		assertThatThrownBy(() -> admitted.admit(2, BedKind.ISOLATION, "medic", AT))
			.isInstanceOf(StepRefusedException.class);
		assertThat(admitted.getFacilityId()).isEqualTo(1);
	}

	@Test
	void anOutcomeThatSendsAnAdmittedPersonHomeDischargesThem() {
		Referral admitted = admitted();
		admitted.conclude(ReferralOutcome.EXCLUDED, "negative twice", "medic", AT);
		assertThat(admitted.getStatus()).isEqualTo(ReferralStatus.DISCHARGED);
		assertThat(admitted.getDischargedBy()).isEqualTo("medic");

		Referral reclassified = admitted();
		reclassified.conclude(ReferralOutcome.CONFIRMED, null, "medic", AT);
		assertThat(reclassified.getStatus()).isEqualTo(ReferralStatus.ADMITTED);
		assertThat(reclassified.getOutcome()).isEqualTo(ReferralOutcome.CONFIRMED);
	}

	@Test
	void eachStateAsksTheLedgerForItsMeasure() {
		assertThat(ReferralRules.measureFor(ReferralStatus.ADMITTED, ReferralOutcome.CONFIRMED))
			.isEqualTo(Measure.CENTRALISED_ISOLATION);
		assertThat(ReferralRules.measureFor(ReferralStatus.ADMITTED, ReferralOutcome.SUSPECTED))
			.isEqualTo(Measure.CENTRALISED_ISOLATION);
		assertThat(ReferralRules.measureFor(ReferralStatus.CONCLUDED, ReferralOutcome.CONFIRMED)).isNull();
		assertThat(ReferralRules.measureFor(ReferralStatus.CONCLUDED, ReferralOutcome.MEDICAL_OBSERVATION))
			.isEqualTo(Measure.MEDICAL_OBSERVATION);
		assertThat(ReferralRules.measureFor(ReferralStatus.CONCLUDED, ReferralOutcome.EXCLUDED))
			.isEqualTo(Measure.HOME_MONITORING);
		assertThat(ReferralRules.measureFor(ReferralStatus.DISCHARGED, ReferralOutcome.CONFIRMED))
			.isEqualTo(Measure.HOME_MONITORING);
		assertThat(ReferralRules.measureFor(ReferralStatus.RECEIVED, null)).isNull();
	}

	private static Referral referral() {
		return new Referral(ReferralSource.CHECKPOINT, 1, 2L, 3, "/1/", new java.math.BigDecimal("38.5"), AT);
	}

	private static Referral admitted() {
		Referral referral = referral();
		referral.receive(null, "medic", AT);
		referral.conclude(ReferralOutcome.SUSPECTED, null, "medic", AT);
		referral.admit(1, BedKind.ISOLATION, "medic", AT);
		return referral;
	}

}
