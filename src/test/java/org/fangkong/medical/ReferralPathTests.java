package org.fangkong.medical;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.UnprocessableRequestException;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.ScreeningCalls;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #12 end to end on PostgreSQL: a checkpoint fever becomes a referral, a reception,
 * an outcome with a bed and the person's new measure in the screening ledger; illegal
 * steps are refused over the API; beds are never over-allocated, also when twenty medics
 * admit at once to ten free beds.
 */
@IntegrationTest
class ReferralPathTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	MedicalSeeding seeding;

	@Autowired
	ReferralRepository referrals;

	@Autowired
	ReferralPath path;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	DemoTree tree;

	@BeforeEach
	void setUp() {
		this.tree = new DemoTree(this.jurisdictions, this.checkpoints);
	}

	@Test
	void aConfirmedCaseWithABedIsUnderCentralisedIsolationInTheLedger() throws Exception {
		long screening = arrive(TestIds.next(), "38.9");
		long referral = new ScreeningCalls(this.mvc).referralOf(screening);
		long site = facility(5);

		this.mvc.perform(post("/api/v1/referrals/{id}/receive", referral).with(basic("medic")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.handledBy").value("medic"));
		this.mvc
			.perform(post("/api/v1/referrals/{id}/outcome", referral).with(basic("medic"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"CONFIRMED\",\"facilityId\":" + site + ",\"note\":\"核酸阳性\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ADMITTED"))
			.andExpect(jsonPath("$.outcome").value("CONFIRMED"))
			.andExpect(jsonPath("$.facilityId").value(site))
			.andExpect(jsonPath("$.bedKind").value("ISOLATION"))
			.andExpect(jsonPath("$.registrationId").isNumber());
		assertThat(occupied(site)).isEqualTo(1);
		awaitMeasure(screening, "CENTRALISED_ISOLATION");
		this.mvc.perform(get("/api/v1/referrals").param("status", "ADMITTED").with(basic("medic")))
			.andExpect(jsonPath("$[?(@.id == " + referral + ")].source").value("CHECKPOINT"));

		this.mvc
			.perform(post("/api/v1/referrals/{id}/discharge", referral).with(basic("medic"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"治愈\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISCHARGED"));
		assertThat(occupied(site)).isZero();
		awaitMeasure(screening, "HOME_MONITORING");
	}

	@Test
	void illegalStepsAreRefusedAndChangeNothing() throws Exception {
		long screening = arrive(TestIds.next(), "38.4");
		long referral = new ScreeningCalls(this.mvc).referralOf(screening);
		long site = facility(3);
		this.mvc
			.perform(post("/api/v1/referrals/{id}/outcome", referral).with(basic("medic"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"EXCLUDED\"}"))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(post("/api/v1/referrals/{id}/discharge", referral).with(basic("medic")))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(post("/api/v1/referrals/{id}/receive", referral).with(basic("commander")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/referrals/{id}/receive", referral).with(basic("medic")))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/referrals/{id}/receive", referral).with(basic("medic")))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/api/v1/referrals/{id}/admit", referral).with(basic("medic"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"facilityId\":" + site + "}"))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/api/v1/referrals/{id}/outcome", referral).with(basic("medic"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outcome\":\"EXCLUDED\",\"facilityId\":" + site + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("facilityId"));
		this.mvc.perform(get("/api/v1/referrals/{id}", referral).with(basic("medic")))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.outcome").doesNotExist());
		assertThat(occupied(site)).isZero();
	}

	@Test
	void twentyConcurrentAdmissionsToTenFreeBedsAdmitExactlyTen() throws Exception {
		long site = facility(10);
		Actor medic = Actors.demo(this.accounts, "medic");
		long city = medic.jurisdictionId();
		List<Long> waiting = new ArrayList<>();
		long base = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
		for (int i = 0; i < 20; i++) {
			Referral referral = new Referral(ReferralSource.CHECKPOINT, base + i, null, city,
					this.jurisdictions.pathOf(city), new BigDecimal("38.8"), Instant.now(this.clock));
			referral.receive(null, "medic", Instant.now(this.clock));
			referral.conclude(ReferralOutcome.SUSPECTED, null, "medic", Instant.now(this.clock));
			waiting.add(this.referrals.save(referral).getId());
		}
		ExecutorService pool = Executors.newFixedThreadPool(20);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> admissions = new ArrayList<>();
		for (long id : waiting) {
			Callable<Boolean> admit = () -> {
				start.await();
				try {
					this.path.admit(medic, id, new ReferralPath.AdmitRequest(site, BedKind.ISOLATION));
					return true;
				}
				catch (UnprocessableRequestException ex) {
					assertThat(ex.messageKey()).isEqualTo("medical.noFreeBed");
					return false;
				}
			};
			admissions.add(pool.submit(admit));
		}
		start.countDown();
		int admitted = 0;
		for (Future<Boolean> admission : admissions) {
			admitted += admission.get() ? 1 : 0;
		}
		pool.shutdown();

		assertThat(admitted).isEqualTo(10);
		assertThat(occupied(site)).isEqualTo(10);
		assertThat(this.referrals.findAllById(waiting)).filteredOn((r) -> r.getStatus() == ReferralStatus.ADMITTED)
			.hasSize(10);
		this.mvc.perform(get("/api/v1/facilities").with(basic("medic")))
			.andExpect(jsonPath("$[?(@.id == " + site + ")].beds[0].occupied").value(10))
			.andExpect(jsonPath("$[?(@.id == " + site + ")].beds[0].capacity").value(10))
			.andExpect(jsonPath("$[?(@.id == " + site + ")].kind").value("ISOLATION_SITE"));
	}

	@Test
	void theDatabaseRefusesMoreOccupiedBedsThanThereAre() {
		long site = facility(1);
		this.jdbc.update("update medical_facility_bed set occupied = 1 where facility_id = ?", site);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> this.jdbc.update("update medical_facility_bed set occupied = 2 where facility_id = ?", site))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		this.jdbc.update("update medical_facility_bed set occupied = 0 where facility_id = ?", site);
	}

	private long facility(int beds) {
		long city = Actors.demo(this.accounts, "medic").jurisdictionId();
		return this.seeding
			.addFacility(new MedicalSeeding.NewFacility("测试隔离点 " + UUID.randomUUID(), FacilityKind.ISOLATION_SITE, city,
					"测试", null, null, 1, 1, 1, false, Map.of(BedKind.ISOLATION, beds), false));
	}

	private int occupied(long facility) {
		Integer occupied = this.jdbc.queryForObject(
				"select sum(occupied) from medical_facility_bed where facility_id = ?", Integer.class, facility);
		return (occupied != null) ? occupied : 0;
	}

	private void awaitMeasure(long screening, String measure) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> this.mvc.perform(get("/api/v1/screenings/{id}", screening).with(basic("grid")))
				.andExpect(jsonPath("$.screening.measure").value(measure))
				.andExpect(jsonPath("$.screening.status").value("UNDER_MEASURE")));
	}

	private long arrive(String idNumber, String temperature) throws Exception {
		return new ScreeningCalls(this.mvc).arrive(this.tree, idNumber, "贺转诊", temperature);
	}

}
