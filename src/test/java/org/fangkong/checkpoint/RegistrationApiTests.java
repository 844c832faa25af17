package org.fangkong.checkpoint;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.medical.Referrals;
import org.fangkong.screening.Ledger;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fangkong.support.DemoUsers.basic;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #3's API contract: POST/GET registrations and stats at a checkpoint, against
 * PostgreSQL.
 */
@IntegrationTest
class RegistrationApiTests {

	static final String ID = "11010519491231002X";

	@Autowired
	MockMvc mvc;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	Referrals referrals;

	@Autowired
	Ledger ledger;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	DemoTree tree;

	long station;

	@BeforeEach
	void setUp() {
		this.tree = new DemoTree(this.jurisdictions, this.checkpoints);
		this.station = this.tree.checkpoint("神树火车站");
	}

	String body(String idNumber, String temperature, String originClass, Long destination) {
		return """
				{"direction":"IN","idType":"RESIDENT_ID","idNumber":"%s","name":"张三","phone":"13900001234",
				 "originClass":"%s","originPlace":"湖北省孝感市","destinationJurisdictionId":%s,"travelMode":"SELF_DRIVE",
				 "plate":"鄂K12345","vehicleClass":"PRIVATE_CAR","passengers":2,"temperature":%s,"healthCode":"GREEN"}
				""".formatted(idNumber, originClass, destination, temperature);
	}

	ResultActions post(long checkpoint, String key, String json, String user) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/checkpoints/{id}/registrations", checkpoint)
			.with(basic(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return this.mvc.perform(request);
	}

	/** The rows the crew's key stands for (stored per user and checkpoint). */
	long rows(String key) {
		return this.jdbc.queryForObject("select count(*) from registration where idempotency_key = ?", Long.class,
				stored(key));
	}

	String stored(String key) {
		long crew = this.jdbc.queryForObject("select id from user_account where username = 'crew'", Long.class);
		return Registrations.storedKey(key, crew, this.station, RegistrationSource.CREW);
	}

	@Test
	void theCrewRegistersAtItsStation() throws Exception {
		String key = UUID.randomUUID().toString();
		post(this.station, key, body(ID, "36.6", "LOCAL", null), "crew").andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/checkpoints/" + this.station)))
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.outcome").value("PASSED"))
			.andExpect(jsonPath("$.lateEntry").value(false))
			.andExpect(jsonPath("$.recordedBy").value("crew"))
			.andExpect(jsonPath("$.idNumber").value("1101**********002X"))
			.andExpect(jsonPath("$.phone").value("139****1234"));
		assertThat(rows(key)).isEqualTo(1);
		long id = this.jdbc.queryForObject("select id from registration where idempotency_key = ?", Long.class,
				stored(key));
		this.mvc.perform(get("/api/v1/checkpoints/{id}/registrations/{rid}", this.station, id).with(basic("crew")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber").value("1101**********002X"));
		this.mvc.perform(get("/api/v1/checkpoints/{id}/registrations/{rid}", this.station, id).with(basic("grid")))
			.andExpect(status().isNotFound());
		String stored = this.jdbc.queryForObject("select id_number_enc from registration where idempotency_key = ?",
				String.class, stored(key));
		assertThat(stored).as("encrypted at rest").doesNotContain("110105").doesNotContain(ID);
	}

	@Test
	void aCheckpointTheCrewDoesNotServeIsForbidden() throws Exception {
		String key = UUID.randomUUID().toString();
		post(this.tree.checkpoint("铁力收费站"), key, body(ID, "36.6", "LOCAL", null), "crew")
			.andExpect(status().isForbidden());
		post(this.station, key, body(ID, "36.6", "LOCAL", null), "commander").andExpect(status().isForbidden());
		post(this.station, key, body(ID, "36.6", "LOCAL", null), "grid").andExpect(status().isForbidden());
		assertThat(rows(key)).isZero();
	}

	@Test
	void aWrongCheckCharacterIsA400NamingIdNumberInTheUsersLanguage() throws Exception {
		String key = UUID.randomUUID().toString();
		post(this.station, key, body("110105194912310021", "36.6", "LOCAL", null), "crew")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("校验码")));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/checkpoints/{id}/registrations", this.station)
				.with(basic("crew"))
				.header("Accept-Language", "en")
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body("110105194912310021", "36.6", "LOCAL", null)))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("check")));
		assertThat(rows(key)).isZero();
	}

	@Test
	void badFieldsAreAllNamedAndNothingIsStored() throws Exception {
		String key = UUID.randomUUID().toString();
		String json = """
				{"direction":"IN","idType":"RESIDENT_ID","idNumber":"%s","name":"张三","phone":"123",
				 "originClass":"LOCAL","travelMode":"SELF_DRIVE","plate":"XX","vehicleClass":"PRIVATE_CAR",
				 "temperature":45.5,"healthCode":"GREEN"}""".formatted(ID);
		post(this.station, key, json, "crew").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("phone", "plate", "temperature")));
		post(this.station, key, json.replace("45.5", "\"hot\""), "crew").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("temperature"));
		post(this.station, null, body(ID, "36.6", "LOCAL", null), "crew").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
		assertThat(rows(key)).isZero();
	}

	@Test
	void aFeverGoesToTheFeverClinicAndTheMedicsSeeTheReferral() throws Exception {
		String key = UUID.randomUUID().toString();
		String response = post(this.station, key, body(ID, "38.2", "LOCAL", null), "crew")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcome").value("FEVER_CLINIC"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long registration = ((Number) JsonPath.read(response, "$.id")).longValue();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> this.mvc.perform(get("/api/v1/referrals").with(basic("medic")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.sourceId == " + registration + ")].temperature").value(38.2))
				.andExpect(jsonPath("$[?(@.sourceId == " + registration + ")].checkpointName").value("神树火车站")));
		this.mvc.perform(get("/api/v1/referrals").with(basic("crew"))).andExpect(status().isForbidden());
	}

	@Test
	void theSameKeyTwiceLeavesOneRowAndAnotherBodyIsRefused() throws Exception {
		String key = UUID.randomUUID().toString();
		String first = post(this.station, key, body(ID, "36.6", "LOCAL", null), "crew").andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "false"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String again = post(this.station, key, body(ID, "36.6", "LOCAL", null), "crew").andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Object) JsonPath.read(again, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
		post(this.station, key, body(ID, "36.7", "LOCAL", null), "crew").andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(rows(key)).isEqualTo(1);
	}

	@Test
	void concurrentResendsOfOneRegistrationMakeOneRow() throws Exception {
		String key = UUID.randomUUID().toString();
		String json = body(ID, "36.8", "LOCAL", null);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<String>> resends = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				resends.add(() -> post(this.station, key, json, "crew").andExpect(status().isCreated())
					.andReturn()
					.getResponse()
					.getContentAsString());
			}
			Set<Object> ids = new java.util.HashSet<>();
			for (Future<String> answer : pool.invokeAll(resends)) {
				ids.add(JsonPath.read(answer.get(), "$.id"));
			}
			assertThat(ids).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(rows(key)).isEqualTo(1);
	}

	@Test
	void aHubeiArrivalBoundForDongGangIsHandedToThatGrid() throws Exception {
		long dongGang = this.tree.node("东岗社区");
		long household = this.tree.firstHousehold("东岗社区");
		String response = post(this.station, UUID.randomUUID().toString(),
				body("230781198507154523", "36.5", "HUBEI", household), "crew")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long registration = ((Number) JsonPath.read(response, "$.id")).longValue();
		Actor grid = Actors.user("grid").role(Role.GRID_WORKER).node(dongGang).build();
		Actor grid2 = Actors.user("grid2").role(Role.GRID_WORKER).node(this.tree.node("新一村")).build();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.ledger.page(grid, Ledger.LedgerFilter.all()).content())
				.anySatisfy((screening) -> {
					assertThat(screening.idNumber()).isEqualTo("230781198507154523");
					assertThat(screening.grid().id()).isEqualTo(dongGang);
				}));
		assertThat(this.ledger.page(grid2, Ledger.LedgerFilter.all()).content())
			.noneMatch((screening) -> "230781198507154523".equals(screening.idNumber()));
		assertThat(registration).isPositive();
	}

	@Test
	void aLateEntryKeepsItsRealTimeAndIsMarkedWithWhoEnteredIt() throws Exception {
		OffsetDateTime threeHoursAgo = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(3).withNano(0);
		String json = body(ID, "36.4", "LOCAL", null).replace("\"healthCode\":\"GREEN\"",
				"\"healthCode\":\"GREEN\",\"crossedAt\":\"" + threeHoursAgo + "\"");
		String response = post(this.station, UUID.randomUUID().toString(), json, "crew").andExpect(status().isCreated())
			.andExpect(jsonPath("$.lateEntry").value(true))
			.andExpect(jsonPath("$.recordedBy").value("crew"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(OffsetDateTime.parse(JsonPath.read(response, "$.crossedAt")).toInstant())
			.isEqualTo(threeHoursAgo.toInstant());
	}

	@Test
	void theDaysListIsMaskedForTheCrewAndFullAndAuditedForTheCommander() throws Exception {
		post(this.station, UUID.randomUUID().toString(), body(ID, "36.6", "LOCAL", null), "crew")
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/checkpoints/{id}/registrations", this.station).with(basic("crew")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].idNumber").value(matchesPattern("\\d{4}\\*+.{4}")))
			.andExpect(jsonPath("$[0].phone").value(matchesPattern("\\d{3}\\*{4}\\d{4}")));
		int before = this.audit.byActor("commander", AuditAction.SEARCH).size();
		this.mvc.perform(get("/api/v1/checkpoints/{id}/registrations", this.station).with(basic("commander")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].idNumber").value(matchesPattern("[0-9X]{18}")));
		assertThat(this.audit.byActor("commander", AuditAction.SEARCH)).hasSize(before + 1);
	}

	@Test
	void statsCountTheDayByHour() throws Exception {
		String before = this.mvc.perform(get("/api/v1/checkpoints/{id}/stats", this.station).with(basic("crew")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int in = JsonPath.read(before, "$.in");
		int fevers = JsonPath.read(before, "$.fevers");
		int turned = JsonPath.read(before, "$.turnedBack");
		post(this.station, UUID.randomUUID().toString(), body(ID, "39.0", "LOCAL", null), "crew");
		post(this.station, UUID.randomUUID().toString(), body(ID, "36.5", "OTHER_PROVINCE", null)
			.replace("\"healthCode\":\"GREEN\"", "\"healthCode\":\"GREEN\",\"outcome\":\"TURNED_BACK\""), "crew");
		this.mvc.perform(get("/api/v1/checkpoints/{id}/stats", this.station).with(basic("crew")))
			.andExpect(jsonPath("$.in").value(in + 2))
			.andExpect(jsonPath("$.fevers").value(fevers + 1))
			.andExpect(jsonPath("$.turnedBack").value(turned + 1))
			.andExpect(jsonPath("$.byHour", hasSize(24)));
	}

	@Test
	void whoMayReadAStationsRegistrations() throws Exception {
		String path = "/api/v1/checkpoints/{id}/registrations";
		this.mvc.perform(get(path, this.station).with(basic("commander"))).andExpect(status().isOk());
		this.mvc.perform(get(path, this.station).with(basic("hq-screening"))).andExpect(status().isOk());
		this.mvc.perform(get(path, this.station).with(basic("crew"))).andExpect(status().isOk());
		this.mvc.perform(get(path, this.station).with(basic("grid"))).andExpect(status().isNotFound());
		this.mvc.perform(get(path, this.station).with(basic("township"))).andExpect(status().isNotFound());
		this.mvc.perform(get(path, this.station).with(basic("hotline"))).andExpect(status().isForbidden());
		this.mvc.perform(get(path, this.station).with(basic("volunteer"))).andExpect(status().isNotFound());
		this.mvc.perform(get(path, this.tree.checkpoint("铁力收费站")).with(basic("crew"))).andExpect(status().isNotFound());
		this.mvc.perform(get(path, this.tree.checkpoint("铁力收费站")).with(basic("township"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/checkpoints/{id}/stats", this.station).with(basic("grid")))
			.andExpect(status().isNotFound());
	}

}
