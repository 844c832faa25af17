package org.fangkong.checkpoint;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.fangkong.jurisdiction.JurisdictionSeeding;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.organisation.Organisation;
import org.fangkong.shared.Actor;
import org.fangkong.shared.OriginClass;
import org.fangkong.shared.Role;
import org.fangkong.support.ModuleTestDatabase;
import org.fangkong.support.TestIds;
import org.fangkong.support.TestTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events the checkpoint module publishes (R-CP-5, R-SCR-1), with the module started
 * over PostgreSQL with its direct dependencies: {@code shared} (clock, encryption, the
 * event publication tables), {@code audit}, {@code jurisdiction} (a real tree, so that a
 * destination is checked as in production) and {@code identity}.
 * <p>
 * Why {@code identity} too: the checkpoint migration {@code V1_8_0__crew_assignment}
 * moves the crew bindings out of identity's {@code user_checkpoint} table, so the
 * checkpoint schema cannot be built without identity's migrations, and module-aware
 * Flyway migrates only the modules a test starts. Identity's own dependency
 * {@code organisation} is left out: its {@link Organisation} is a mock. Duty is the
 * checkpoint module's own table, fed here through {@link CrewDutyFeed} as the duty roster
 * will.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleTestDatabase
class CheckpointModuleTests {

	@Autowired
	JurisdictionSeeding treeSeeding;

	private static final AtomicLong users = new AtomicLong(900_000);

	@MockitoBean
	Organisation organisation;

	private final Registrations registrations;

	private final RegistrationQueries queries;

	private final CheckpointSeeding seeding;

	private final CrewDutyFeed duty;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	private TestTree tree;

	private long checkpoint;

	private Actor crew;

	CheckpointModuleTests(Registrations registrations, RegistrationQueries queries, CheckpointSeeding seeding,
			CrewDutyFeed duty, Jurisdictions jurisdictions, Clock clock) {
		this.registrations = registrations;
		this.queries = queries;
		this.seeding = seeding;
		this.duty = duty;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	@BeforeEach
	void aCheckpointWithACrewMemberOnDuty() {
		this.tree = TestTree.in(this.treeSeeding);
		this.checkpoint = this.seeding
			.register(new NewCheckpoint("K" + this.tree.city(), "测试卡点", CheckpointKind.KEY, null, this.tree.city(),
					null, null))
			.id();
		this.crew = new Actor(users.incrementAndGet(), "crew-" + this.checkpoint, "值守", Set.of(Role.CHECKPOINT_CREW),
				this.tree.city(), null);
		this.duty.standing(this.crew.userId(), this.checkpoint, "module-test");
	}

	@Test
	void aFeverPublishesFeverDetectedWithIdsOnly(Scenario scenario) {
		String idNumber = TestIds.next();
		RegistrationRequest fever = crossing("IN", idNumber, "LOCAL", null, "38.2", null);

		scenario.stimulate(() -> register(fever))
			.andWaitForEventOfType(FeverDetected.class)
			.matchingMappedValue(FeverDetected::checkpointId, this.checkpoint)
			.toArriveAndVerify((event, registered) -> {
				assertThat(event.registrationId()).isEqualTo(registered.registration().id());
				assertThat(event.jurisdictionId()).isEqualTo(this.tree.city());
				assertThat(event.temperature()).isEqualByComparingTo("38.2");
				assertThat(registered.registration().outcome()).isEqualTo(Outcome.FEVER_CLINIC);
				// Ids, not personal data: the medics read the person through
				// RegistrationSubjects.
				assertThat(event.toString()).doesNotContain(idNumber, fever.name(), fever.phone());
			});
	}

	@Test
	void anArrivalFromOutsideBoundForTheCityPublishesTravellerArrived(Scenario scenario) {
		String idNumber = TestIds.next();
		RegistrationRequest arrival = crossing("IN", idNumber, "HUBEI", this.tree.household(), "36.5", null);

		scenario.stimulate(() -> register(arrival))
			.andWaitForEventOfType(TravellerArrived.class)
			.matchingMappedValue(TravellerArrived::checkpointId, this.checkpoint)
			.toArriveAndVerify((event, registered) -> {
				assertThat(event.registrationId()).isEqualTo(registered.registration().id());
				assertThat(event.destinationJurisdictionId()).isEqualTo(this.tree.household());
				assertThat(event.originClass()).isEqualTo(OriginClass.HUBEI);
				assertThat(event.crossedAt()).isEqualTo(registered.registration().crossedAt());
				assertThat(event.toString()).doesNotContain(idNumber, arrival.name(), arrival.phone());
			});
	}

	@Test
	void aLocalCrossingIsNoArrival(Scenario scenario) {
		RegistrationRequest local = crossing("IN", TestIds.next(), "LOCAL", this.tree.household(), "36.5", null);

		scenario.stimulate(() -> register(local))
			.andWaitForStateChange(this::registrationsOfToday)
			.andVerifyEvents((events) -> assertThat(events.ofType(TravellerArrived.class)).isEmpty());
	}

	@Test
	void aTurnedBackTravellerIsNoArrival(Scenario scenario) {
		RegistrationRequest turnedBack = crossing("IN", TestIds.next(), "WUHAN", this.tree.household(), "36.5",
				"TURNED_BACK");

		scenario.stimulate(() -> register(turnedBack))
			.andWaitForStateChange(this::registrationsOfToday)
			.andVerifyEvents((events) -> assertThat(events.ofType(TravellerArrived.class)).isEmpty());
	}

	@Test
	void aCrossingOutIsNoArrival(Scenario scenario) {
		RegistrationRequest out = crossing("OUT", TestIds.next(), "HUBEI", this.tree.household(), "36.5", null);

		scenario.stimulate(() -> register(out))
			.andWaitForStateChange(this::registrationsOfToday)
			.andVerifyEvents((events) -> assertThat(events.ofType(TravellerArrived.class)).isEmpty());
	}

	private Registrations.Registered register(RegistrationRequest request) {
		return this.registrations.register(this.crew, this.checkpoint, UUID.randomUUID().toString(), request,
				RegistrationSource.CREW);
	}

	private List<RegistrationView> registrationsOfToday() {
		return this.queries.ofDay(this.crew, this.checkpoint, LocalDate.now(this.clock));
	}

	private static RegistrationRequest crossing(String direction, String idNumber, String originClass, Long destination,
			String temperature, String outcome) {
		return new RegistrationRequest(direction, "RESIDENT_ID", idNumber, "张测试", "13900001234", originClass, "孝感",
				destination, "COACH", null, null, null, new BigDecimal(temperature), "GREEN", outcome, null, null);
	}

}
