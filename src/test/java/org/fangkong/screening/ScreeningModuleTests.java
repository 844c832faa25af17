package org.fangkong.screening;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

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
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

	private final ArrivalEventHandler handler;

	private final PlatformTransactionManager transactions;

	private final DataSource dataSource;

	private TestTree tree;

	private Actor gridWorker;

	ScreeningModuleTests(Ledger ledger, DailyChecks checks, Jurisdictions jurisdictions, JdbcTemplate jdbc, Clock clock,
			ArrivalEventHandler handler, PlatformTransactionManager transactions, DataSource dataSource) {
		this.handler = handler;
		this.transactions = transactions;
		this.dataSource = dataSource;
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

	/**
	 * Issue #8 item 1: the same person crosses again (another registration) while their
	 * screening is open: the crossing goes to that screening's history, no second
	 * screening and no second follow-up.
	 */
	@Test
	void aSecondCrossingWhileTheScreeningIsOpenIsAddedToIt(Scenario scenario) {
		String idNumber = TestIds.next();
		TravellerArrived first = arrival(OriginClass.HUBEI, idNumber);
		scenario.publish(first)
			.andWaitForStateChange(this::ledgerOfTheGrid)
			.andVerify((rows) -> assertThat(rows).hasSize(1));
		long screeningId = ledgerOfTheGrid().get(0).id();

		TravellerArrived again = arrival(OriginClass.OTHER_PROVINCE, idNumber);
		scenario.publish(again)
			.andWaitForStateChange(() -> deliveries(again), (deliveries) -> deliveries.finished() == 1)
			.andVerify((deliveries) -> {
				assertThat(deliveries.failed()).as("failed deliveries").isZero();
				assertThat(ledgerOfTheGrid()).singleElement()
					.satisfies((row) -> assertThat(row.id()).isEqualTo(screeningId));
				assertThat(this.checks.followUpsToday(this.gridWorker)).hasSize(1);
				assertThat(crossingsOf(screeningId)).containsExactlyInAnyOrder(first.registrationId(),
						again.registrationId());
				assertThat(this.jdbc.queryForList(
						"select action from screening_history where screening_id = ? order by id", String.class,
						screeningId))
					.containsExactly("CREATED", "CROSSED");
			});
	}

	/**
	 * Issue #8 item 1: arrivals of one person at the same moment end with one screening
	 * holding every crossing, whether the person is new (both insert them: the loser is
	 * tried again) or known (the person's row is locked).
	 */
	@Test
	void arrivalsOfOnePersonAtOnceEndWithOneScreening() throws Exception {
		String idNumber = TestIds.next();
		List<TravellerArrived> arrivals = List.of(arrival(OriginClass.HUBEI, idNumber),
				arrival(OriginClass.HUBEI, idNumber), arrival(OriginClass.HUBEI, idNumber));
		atOnce(arrivals.subList(0, 2));
		atOnce(arrivals.subList(2, 3));
		List<Long> screenings = this.jdbc.queryForList(
				"select s.id from screening s join screening_crossing c on c.screening_id = s.id "
						+ "where c.registration_id in (?, ?, ?) group by s.id",
				Long.class, arrivals.get(0).registrationId(), arrivals.get(1).registrationId(),
				arrivals.get(2).registrationId());
		assertThat(screenings).hasSize(1);
		assertThat(crossingsOf(screenings.get(0))).hasSize(3);
		assertThat(ledgerOfTheGrid()).hasSize(1);

		String known = TestIds.next();
		this.handler.screen(arrival(OriginClass.HUBEI, known));
		List<TravellerArrived> later = List.of(arrival(OriginClass.HUBEI, known), arrival(OriginClass.HUBEI, known),
				arrival(OriginClass.WUHAN, known));
		atOnce(later);
		assertThat(ledgerOfTheGrid()).hasSize(2);
	}

	/**
	 * Issue #8 item 1: the duplicates already in a database are merged by V1_7_5 (on
	 * PostgreSQL the one-open-per-person index of V1_7_5_1 then holds). Run in a
	 * transaction rolled back at the end: the index is dropped to let the duplicates in,
	 * as they were before the fix.
	 */
	@Test
	void theMergeMigrationKeepsTheOldestOpenScreeningAndMovesTheRestToIt() {
		new TransactionTemplate(this.transactions).executeWithoutResult((tx) -> {
			tx.setRollbackOnly();
			this.jdbc.execute("drop index screening_one_open_per_person");
			long person = this.jdbc.queryForObject("insert into person (name, grid_id, created_at) "
					+ "values ('重复', ?, current_timestamp) returning id", Long.class, this.tree.village());
			long kept = screening(person, "UNDER_MEASURE");
			long duplicate = screening(person, "UNDER_MEASURE");
			long released = screening(person, "RELEASED");
			this.jdbc.update(
					"insert into screening_crossing (screening_id, registration_id, crossed_at, recorded_at) "
							+ "values (?, ?, current_timestamp, current_timestamp)",
					duplicate, registrationIds.incrementAndGet());
			check(kept, 0);
			check(duplicate, 0);
			check(duplicate, 1);
			this.jdbc.update("insert into screening_history (screening_id, occurred_at, actor, action, to_status) "
					+ "values (?, current_timestamp, 'system', 'CREATED', 'UNDER_MEASURE')", duplicate);

			ScriptUtils.executeSqlScript(DataSourceUtils.getConnection(this.dataSource),
					new ClassPathResource("db/migration/screening/V1_7_5__merge_open_screenings.sql"));
			ScriptUtils.executeSqlScript(DataSourceUtils.getConnection(this.dataSource), new ClassPathResource(
					"db/vendor/postgresql/screening/V1_7_5_1__one_open_screening_per_person.sql"));

			assertThat(this.jdbc
				.queryForList("select status, merged_into from screening where person_id = ? order by id", person))
				.extracting((row) -> row.get("status") + "/" + row.get("merged_into"))
				.containsExactly("UNDER_MEASURE/null", "CLOSED/" + kept, "RELEASED/null");
			assertThat(crossingsOf(kept)).hasSize(1);
			assertThat(this.jdbc.queryForList("select screening_id from daily_check where screening_id in (?, ?) "
					+ "order by slot, screening_id", Long.class, kept, duplicate))
				.as("the check of a slot the kept screening has stays with the duplicate")
				.containsExactly(kept, duplicate, kept);
			assertThat(this.jdbc.queryForList("select action from screening_history where screening_id = ? order by id",
					String.class, kept))
				.containsExactly("CREATED", "MERGED");
			assertThat(this.jdbc.queryForList("select action from screening_history where screening_id = ?",
					String.class, duplicate))
				.containsExactly("MERGED");
			assertThat(this.jdbc.queryForObject("select count(*) from screening where id = ?", Integer.class, released))
				.isEqualTo(1);
		});
	}

	private long screening(long person, String status) {
		return this.jdbc.queryForObject("insert into screening (person_id, grid_id, grid_path, lead_source, "
				+ "origin_class, measure, status, created_at, created_by) values (?, ?, ?, 'CHECKPOINT', 'HUBEI', "
				+ "'HOME_OBSERVATION', ?, current_timestamp, 'system') returning id", Long.class, person,
				this.tree.village(), this.jurisdictions.pathOf(this.tree.village()), status);
	}

	private void check(long screening, int slot) {
		this.jdbc.update("insert into daily_check (screening_id, check_date, slot, checked_at, temperature, at_home, "
				+ "lost_contact, checked_by) values (?, date '2020-02-03', ?, current_timestamp, 36.5, true, false, 'g')",
				screening, slot);
	}

	private void atOnce(List<TravellerArrived> arrivals) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(arrivals.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> done = new ArrayList<>();
			for (TravellerArrived arrival : arrivals) {
				done.add(pool.submit(() -> {
					start.await();
					this.handler.screen(arrival);
					return null;
				}));
			}
			start.countDown();
			for (Future<?> each : done) {
				each.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private List<Long> crossingsOf(long screeningId) {
		return this.jdbc.queryForList("select registration_id from screening_crossing where screening_id = ?",
				Long.class, screeningId);
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
		return arrival(origin, TestIds.next());
	}

	private TravellerArrived arrival(OriginClass origin, String idNumber) {
		long registrationId = registrationIds.incrementAndGet();
		Instant crossedAt = Instant.now(this.clock);
		given(this.subjects.subject(registrationId)).willReturn(Optional
			.of(new RegistrationSubjects.Subject(registrationId, 1, IdType.RESIDENT_ID, idNumber, "李测试", "13900005678",
					origin, "武汉", this.tree.household(), TravelMode.COACH, null, new BigDecimal("36.5"), crossedAt)));
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
