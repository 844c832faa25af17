package org.fangkong.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.RegistrationJson;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #10 "done when", through {@code GET /api/v1/dashboard} on PostgreSQL: crossings
 * at 神树火车站 move the city's and the station's township's figures by exactly their numbers,
 * and a Hubei arrival bound for 东岗社区 moves that grid's Hubei arrivals and home
 * observations by one.
 */
@IntegrationTest
class DashboardApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	Figures figures;

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
	void theAnswerHasExactlyTheBindingFields() throws Exception {
		String json = dashboard("commander", null);
		Map<String, Object> body = JsonPath.read(json, "$");
		assertThat(body.keySet()).containsExactly("date", "jurisdictionId", "crossingsIn", "crossingsOut", "fevers",
				"turnedBack", "arrivalsByOrigin", "underMeasure", "releasedToday", "openReferrals", "overdueChecks",
				"lateReports", "backlog");
		Map<String, Object> origins = JsonPath.read(json, "$.arrivalsByOrigin");
		assertThat(origins.keySet()).containsExactly("LOCAL", "IN_PROVINCE", "OTHER_PROVINCE", "HUBEI", "WUHAN",
				"ABROAD");
		Map<String, Object> measures = JsonPath.read(json, "$.underMeasure");
		assertThat(measures.keySet()).containsExactly("HOME_OBSERVATION", "CENTRALISED_ISOLATION",
				"MEDICAL_OBSERVATION", "HOME_MONITORING");
		assertThat((String) JsonPath.read(json, "$.date")).isEqualTo(this.figures.today().toString());
		assertThat(((Number) JsonPath.read(json, "$.jurisdictionId")).longValue()).isEqualTo(this.tree.node("铁力市"));
	}

	@Test
	void crossingsAtShenshuStationMoveTheCityAndItsTownshipByExactlyThoseNumbers() throws Exception {
		long township = this.tree.node("神树镇");
		long grid = this.tree.node("东岗社区");
		String city0 = dashboard("commander", null);
		String township0 = dashboard("commander", township);
		String grid0 = dashboard("grid", null);

		for (int i = 0; i < 3; i++) {
			register(RegistrationJson.crossing());
		}
		register(RegistrationJson.crossing().temperature("38.7"));
		register(RegistrationJson.crossing().origin("OTHER_PROVINCE", "吉林省长春市"), "TURNED_BACK");
		register(RegistrationJson.crossing().origin("OTHER_PROVINCE", "吉林省长春市"), "TURNED_BACK");
		register(RegistrationJson.crossing().direction("OUT"));

		Map<String, Integer> moved = Map.of("crossingsIn", 6, "crossingsOut", 1, "fevers", 1, "turnedBack", 2);
		assertMoved(city0, dashboard("commander", null), moved);
		assertMoved(township0, dashboard("commander", township), moved);
		assertMoved(grid0, dashboard("grid", grid),
				Map.of("crossingsIn", 0, "crossingsOut", 0, "fevers", 0, "turnedBack", 0));
	}

	@Test
	void aHubeiArrivalForDonggangMovesThatGridsHubeiArrivalsAndHomeObservationsByOne() throws Exception {
		String grid0 = dashboard("grid", null);
		String city0 = dashboard("commander", null);
		register(RegistrationJson.crossing().origin("HUBEI", "湖北省孝感市").destination(this.tree.firstHousehold("东岗社区")));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> number(dashboard("grid", null), "$.arrivalsByOrigin.HUBEI") > number(grid0,
					"$.arrivalsByOrigin.HUBEI"));
		Map<String, Integer> moved = Map.of("arrivalsByOrigin.HUBEI", 1, "underMeasure.HOME_OBSERVATION", 1,
				"arrivalsByOrigin.WUHAN", 0, "arrivalsByOrigin.LOCAL", 0);
		assertMoved(grid0, dashboard("grid", null), moved);
		assertMoved(city0, dashboard("commander", null), moved);
	}

	@Test
	void aNodeOutsideTheCallersScopeIsNotFoundAndOtherRolesAreRefused() throws Exception {
		this.mvc
			.perform(get("/api/v1/dashboard").param("jurisdictionId", String.valueOf(this.tree.node("新一村")))
				.with(basic("grid")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/dashboard").param("jurisdictionId", String.valueOf(this.tree.node("神树镇")))
				.with(basic("township")))
			.andExpect(status().isNotFound());
		for (String user : List.of("crew", "medic", "hotline", "publicity", "volunteer")) {
			this.mvc.perform(get("/api/v1/dashboard").with(basic(user))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/v1/dashboard").param("date", "2020-02-30").with(basic("commander")))
			.andExpect(status().isBadRequest());
		String old = this.mvc
			.perform(get("/api/v1/dashboard").param("date", LocalDate.of(2020, 2, 10).toString())
				.with(basic("commander")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(number(old, "$.crossingsIn")).isZero();
	}

	/**
	 * Issue #19: arrivals that the screening intake has not taken in yet (their event
	 * publications still incomplete) are said on the dashboard, with how long the oldest
	 * has waited, instead of a ledger that silently lags behind the checkpoints.
	 */
	@Test
	void arrivalsNotYetInTheLedgerAreShownAsABacklog() throws Exception {
		assertThat(JsonPath.<List<Object>>read(dashboard("commander", null), "$.backlog")).isEmpty();
		UUID id = UUID.randomUUID();
		this.jdbc.update(
				"insert into event_publication (id, listener_id, event_type, serialized_event,"
						+ " publication_date, completion_attempts, status) values (?, 'screening.screen-arrival',"
						+ " 'org.fangkong.checkpoint.TravellerArrived', '{}', ?, 0, 'PUBLISHED')",
				id, Timestamp.from(this.clock.instant().minusSeconds(45)));
		try {
			String json = dashboard("commander", null);
			assertThat((String) JsonPath.read(json, "$.backlog[0].code")).isEqualTo("arrivals");
			assertThat(JsonPath.<Integer>read(json, "$.backlog[0].items")).isEqualTo(1);
			assertThat(JsonPath.<Integer>read(json, "$.backlog[0].oldestSeconds")).isBetween(45, 600);
			String page = this.mvc.perform(get("/dashboard").session(DemoUsers.login(this.mvc, "commander")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("id=\"backlog-arrivals\"").contains("还有 1 条入境登记正在进入筛查台账");
		}
		finally {
			this.jdbc.update("delete from event_publication where id = ?", id);
		}
	}

	private String dashboard(String user, Long node) throws Exception {
		var request = get("/api/v1/dashboard").param("date", this.figures.today().toString()).with(basic(user));
		if (node != null) {
			request.param("jurisdictionId", node.toString());
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private void register(RegistrationJson json) throws Exception {
		register(json, null);
	}

	private void register(RegistrationJson json, String outcome) throws Exception {
		String body = json.json();
		if (outcome != null) {
			body = body.substring(0, body.length() - 1) + ",\"outcome\":\"" + outcome + "\"}";
		}
		this.mvc
			.perform(post("/api/v1/checkpoints/{id}/registrations", this.tree.checkpoint("神树火车站")).with(basic("crew"))
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated());
	}

	private static long number(String json, String path) {
		return ((Number) JsonPath.read(json, path)).longValue();
	}

	private static void assertMoved(String before, String after, Map<String, Integer> moved) {
		moved.forEach((field, delta) -> assertThat(number(after, "$." + field) - number(before, "$." + field)).as(field)
			.isEqualTo(delta.longValue()));
	}

}
