package org.fangkong.medical;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.checkpoint.FeverDetected;
import org.fangkong.checkpoint.RegistrationSubjects;
import org.fangkong.jurisdiction.JurisdictionSeeding;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.medical.Referrals.ReferralView;
import org.fangkong.screening.FeverReported;
import org.fangkong.screening.CheckSubjects;
import org.fangkong.screening.MedicalMeasures;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.support.EventDeliveries;
import org.fangkong.support.ModuleTestDatabase;
import org.fangkong.support.TestTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events the medical module consumes (R-CP-5): a fever at a checkpoint or on a daily
 * check becomes one referral, however often the event is delivered. The module is started
 * on its own over PostgreSQL.
 * <p>
 * Started: medical with {@code shared}, {@code audit} and {@code jurisdiction} (referrals
 * are listed inside a medic's real scope). Left out: {@code checkpoint} and
 * {@code screening}, whose {@link Checkpoints}, {@link RegistrationSubjects} and
 * {@link CheckSubjects} only name the place and the person on a listed referral; as mocks
 * they know neither, and the referral is listed without them.
 */
@ApplicationModuleTest(extraIncludes = { "shared", "audit", "jurisdiction" })
@ModuleTestDatabase
class MedicalModuleTests {

	@Autowired
	JurisdictionSeeding treeSeeding;

	private static final AtomicLong sourceIds = new AtomicLong(2_000_000);

	@MockitoBean
	Checkpoints checkpoints;

	@MockitoBean
	RegistrationSubjects subjects;

	@MockitoBean
	CheckSubjects checkSubjects;

	@MockitoBean
	MedicalMeasures measures;

	private final Referrals referrals;

	private final Jurisdictions jurisdictions;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private TestTree tree;

	private Actor medic;

	MedicalModuleTests(Referrals referrals, Jurisdictions jurisdictions, JdbcTemplate jdbc, Clock clock) {
		this.referrals = referrals;
		this.jurisdictions = jurisdictions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@BeforeEach
	void aCityOfItsOwn() {
		this.tree = TestTree.in(this.treeSeeding);
		this.medic = new Actor(8, "medic-" + this.tree.city(), "医生", Set.of(Role.MEDIC), this.tree.city(), null);
	}

	@Test
	void aCheckpointFeverBecomesOneReferral(Scenario scenario) {
		FeverDetected fever = checkpointFever();

		scenario.publish(fever).andWaitForStateChange(this::referralsInScope).andVerify((referrals) -> {
			assertThat(referrals).singleElement().satisfies((referral) -> {
				assertThat(referral.source()).isEqualTo(ReferralSource.CHECKPOINT);
				assertThat(referral.sourceId()).isEqualTo(fever.registrationId());
				assertThat(referral.temperature()).isEqualByComparingTo("38.4");
				assertThat(referral.status()).isEqualTo(ReferralStatus.OPEN);
			});
		});
	}

	@Test
	void aDailyCheckFeverBecomesOneReferral(Scenario scenario) {
		FeverReported fever = dailyCheckFever();

		scenario.publish(fever).andWaitForStateChange(this::referralsInScope).andVerify((referrals) -> {
			assertThat(referrals).singleElement().satisfies((referral) -> {
				assertThat(referral.source()).isEqualTo(ReferralSource.DAILY_CHECK);
				assertThat(referral.sourceId()).isEqualTo(fever.checkId());
				assertThat(referral.temperature()).isEqualByComparingTo("38.9");
				assertThat(referral.status()).isEqualTo(ReferralStatus.OPEN);
			});
		});
	}

	@Test
	void aRepublishedCheckpointFeverMakesNoSecondReferral(Scenario scenario) {
		FeverDetected fever = checkpointFever();

		scenario.publish(fever)
			.andWaitForStateChange(this::referralsInScope)
			.andVerify((referrals) -> assertThat(referrals).hasSize(1));
		// The registry hands an event to the listener again after a failure or a restart:
		// wait until the second delivery has finished, then count the referrals.
		scenario.publish(fever)
			.andWaitForStateChange(() -> EventDeliveries.of(this.jdbc, FeverEventHandler.CHECKPOINT_FEVER,
					"registrationId", fever.registrationId()), (deliveries) -> deliveries.finished() == 2)
			.andVerify(this::noneFailedAndStillOneReferral);
	}

	@Test
	void aRepublishedDailyCheckFeverMakesNoSecondReferral(Scenario scenario) {
		FeverReported fever = dailyCheckFever();

		scenario.publish(fever)
			.andWaitForStateChange(this::referralsInScope)
			.andVerify((referrals) -> assertThat(referrals).hasSize(1));
		scenario.publish(fever)
			.andWaitForStateChange(() -> EventDeliveries.of(this.jdbc, FeverEventHandler.DAILY_CHECK_FEVER, "checkId",
					fever.checkId()), (deliveries) -> deliveries.finished() == 2)
			.andVerify(this::noneFailedAndStillOneReferral);
	}

	private FeverDetected checkpointFever() {
		return new FeverDetected(sourceIds.incrementAndGet(), 11, this.tree.township(), new BigDecimal("38.4"),
				Instant.now(this.clock));
	}

	private FeverReported dailyCheckFever() {
		return new FeverReported(sourceIds.incrementAndGet(), 21, this.tree.village(), new BigDecimal("38.9"),
				Instant.now(this.clock));
	}

	private List<ReferralView> referralsInScope() {
		return this.referrals.visibleTo(this.medic);
	}

	private void noneFailedAndStillOneReferral(EventDeliveries deliveries) {
		assertThat(deliveries.failed()).as("failed deliveries").isZero();
		assertThat(referralsInScope()).hasSize(1);
	}

}
