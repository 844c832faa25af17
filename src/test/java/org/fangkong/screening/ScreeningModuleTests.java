package org.fangkong.screening;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.fangkong.checkpoint.RegistrationSubjects;
import org.fangkong.checkpoint.Registrations;
import org.fangkong.checkpoint.TravellerArrived;
import org.fangkong.jurisdiction.JurisdictionSeeding;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.screening.Ledger.LedgerFilter;
import org.fangkong.screening.Screenings.CheckInput;
import org.fangkong.screening.Screenings.ScreeningView;
import org.fangkong.shared.Actor;
import org.fangkong.shared.IdType;
import org.fangkong.shared.OriginClass;
import org.fangkong.shared.Role;
import org.fangkong.shared.TravelMode;
import org.fangkong.support.EventDeliveries;
import org.fangkong.support.ModuleTestDatabase;
import org.fangkong.support.TestIds;
import org.fangkong.support.TestTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The events the screening module consumes and publishes (R-SCR-1, R-SCR-2, R-CP-5), with
 * the module started on its own over PostgreSQL.
 * <p>
 * Started: screening with {@code shared}, {@code audit} and {@code jurisdiction} (a real
 * tree: an arrival is placed in the grid of its destination by the tree's paths). Left
 * out: {@code checkpoint}, whose two collaborators stand in as mocks — the
 * {@link RegistrationSubjects} that tell who arrived, and {@link Registrations} for the
 * fever threshold.
 */
@ApplicationModuleTest(extraIncludes = { "shared", "audit", "jurisdiction" })
@ModuleTestDatabase
class ScreeningModuleTests {

	@Autowired
	JurisdictionSeeding treeSeeding;

	private static final AtomicLong registrationIds = new AtomicLong(1_000_000);

	@MockitoBean
	RegistrationSubjects subjects;

	private final Ledger ledger;

	private final DailyChecks checks;

	private final Jurisdictions jurisdictions;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private TestTree tree;

	private Actor gridWorker;

	ScreeningModuleTests(Ledger ledger, DailyChecks checks, Jurisdictions jurisdictions, JdbcTemplate jdbc,
			Clock clock) {
		this.ledger = ledger;
		this.checks = checks;
		this.jurisdictions = jurisdictions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@BeforeEach
	void aGridOfItsOwn() {
		this.tree = TestTree.in(this.treeSeeding);
		this.gridWorker = new Actor(7, "grid-" + this.tree.village(), "网格员", Set.of(Role.GRID_WORKER),
				this.tree.village(), null);
	}

	@Test
	void anArrivalIsScreenedInTheLedgerOfItsDestinationGrid(Scenario scenario) {
		TravellerArrived arrival = arrival(OriginClass.HUBEI);

		scenario.publish(arrival).andWaitForStateChange(this::ledgerOfTheGrid).andVerify((rows) -> {
			assertThat(rows).singleElement().satisfies((screening) -> {
				assertThat(screening.name()).isEqualTo("李测试");
				assertThat(screening.grid().id()).isEqualTo(this.tree.village());
				assertThat(screening.leadSource()).isEqualTo(LeadSource.CHECKPOINT);
				assertThat(screening.measure()).isEqualTo(Measure.HOME_OBSERVATION);
				assertThat(screening.status()).isEqualTo(ScreeningStatus.UNDER_MEASURE);
			});
		});
	}

	@Test
	void anArrivalPublishedTwiceIsScreenedOnce(Scenario scenario) {
		TravellerArrived arrival = arrival(OriginClass.WUHAN);

		scenario.publish(arrival)
			.andWaitForStateChange(this::ledgerOfTheGrid)
			.andVerify((rows) -> assertThat(rows).hasSize(1));
		// The registry hands an event to the listener again after a failure or a restart:
		// wait until the second delivery has finished, then count the screenings.
		scenario.publish(arrival)
			.andWaitForStateChange(() -> deliveries(arrival), (deliveries) -> deliveries.finished() == 2)
			.andVerify((deliveries) -> {
				assertThat(deliveries.failed()).as("failed deliveries").isZero();
				assertThat(ledgerOfTheGrid()).hasSize(1);
			});
	}

	@Test
	void aFeverOnADailyCheckPublishesFeverReported(Scenario scenario) {
		scenario.publish(arrival(OriginClass.HUBEI))
			.andWaitForStateChange(this::ledgerOfTheGrid)
			.andVerify((rows) -> assertThat(rows).hasSize(1));
		long screeningId = ledgerOfTheGrid().get(0).id();

		scenario
			.stimulate(() -> this.checks.recordCheck(this.gridWorker, screeningId,
					new CheckInput(null, new BigDecimal("38.1"), "咳嗽", true, false)))
			.andWaitForEventOfType(FeverReported.class)
			.matchingMappedValue(FeverReported::screeningId, screeningId)
			.toArriveAndVerify((event, check) -> {
				assertThat(event.checkId()).isEqualTo(check.id());
				assertThat(event.gridId()).isEqualTo(this.tree.village());
				assertThat(event.temperature()).isEqualByComparingTo("38.1");
			});
	}

	@Test
	void aNormalDailyCheckReportsNoFever(Scenario scenario) {
		scenario.publish(arrival(OriginClass.HUBEI))
			.andWaitForStateChange(this::ledgerOfTheGrid)
			.andVerify((rows) -> assertThat(rows).hasSize(1));
		long screeningId = ledgerOfTheGrid().get(0).id();

		scenario
			.stimulate(() -> this.checks.recordCheck(this.gridWorker, screeningId,
					new CheckInput(null, new BigDecimal("36.6"), null, true, false)))
			.andWaitForStateChange(() -> this.checks.checksOf(screeningId))
			.andVerifyEvents((events) -> assertThat(events.ofType(FeverReported.class)).isEmpty());
	}

	/**
	 * An arrival at the test's household; the mocked checkpoint module knows its
	 * traveller.
	 */
	private TravellerArrived arrival(OriginClass origin) {
		long registrationId = registrationIds.incrementAndGet();
		Instant crossedAt = Instant.now(this.clock);
		given(this.subjects.subject(registrationId))
			.willReturn(Optional.of(new RegistrationSubjects.Subject(registrationId, 1, IdType.RESIDENT_ID,
					TestIds.next(), "李测试", "13900005678", origin, "武汉", this.tree.household(), TravelMode.COACH, null,
					new BigDecimal("36.5"), crossedAt)));
		return new TravellerArrived(registrationId, 1, this.tree.household(), origin, crossedAt);
	}

	private List<ScreeningView> ledgerOfTheGrid() {
		return this.ledger.page(this.gridWorker, LedgerFilter.all()).content();
	}

	private EventDeliveries deliveries(TravellerArrived arrival) {
		return EventDeliveries.of(this.jdbc, ArrivalEventHandler.ARRIVAL, "registrationId", arrival.registrationId());
	}

	/**
	 * The checkpoint module is not started; screening reads only its fever threshold from
	 * {@link Registrations}, once, when {@link DailyChecks} is built.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class CheckpointLeftOut {

		@Bean
		Registrations registrations() {
			Registrations registrations = mock(Registrations.class);
			given(registrations.feverThreshold()).willReturn(new BigDecimal("37.3"));
			return registrations;
		}

	}

}
