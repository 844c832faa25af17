package org.fangkong.checkpoint;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Role;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #7: crew duty is owned by the checkpoint module — who may register where, from
 * when to when (R-CP-2). A duty outside its window, or ended, lets nobody register.
 */
@IntegrationTest
class CrewDutyTests {

	static final String PASSWORD = org.fangkong.support.DemoUsers.PASSWORD;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	SelfRegistrations selfRegistrations;

	long tieliStation;

	String username;

	@BeforeEach
	void setUp() {
		DemoTree tree = new DemoTree(this.jurisdictions, this.checkpoints);
		this.tieliStation = tree.checkpoint("铁力火车站");
		this.username = "duty." + UUID.randomUUID().toString().substring(0, 8);
		long id = this.accounts.createDemoUser(this.username, PASSWORD,
				new Accounts.Assignment("值守 测试", Set.of(Role.CHECKPOINT_CREW), tree.node("铁力镇"), null, true));
		assertThat(id).isPositive();
	}

	@Test
	void aDutyLetsTheCrewRegisterOnlyInsideItsWindowAndUntilItEnds() throws Exception {
		Instant now = Instant.now();
		assign("""
				{"username":"%s","validFrom":"%s","validUntil":"%s"}""".formatted(this.username,
				now.plus(2, ChronoUnit.HOURS), now.plus(10, ChronoUnit.HOURS)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.source").value("WINDOW"));
		register().andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/me").with(httpBasic(this.username, PASSWORD)))
			.andExpect(jsonPath("$.checkpoints.length()").value(0));

		String standing = assign("""
				{"username":"%s"}""".formatted(this.username)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.source").value("STANDING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		register().andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/me").with(httpBasic(this.username, PASSWORD)))
			.andExpect(jsonPath("$.checkpoints[0]").value(this.tieliStation));
		this.mvc.perform(get("/api/v1/checkpoints/{id}/crew", this.tieliStation).with(basic("commander")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.username == '%s')]".formatted(this.username)).exists());

		long assignment = ((Number) JsonPath.read(standing, "$.id")).longValue();
		this.mvc
			.perform(delete("/api/v1/checkpoints/{id}/crew/{a}", this.tieliStation, assignment).with(basic("admin")))
			.andExpect(status().isNoContent());
		register().andExpect(status().isForbidden());
	}

	@Test
	void onlyAdministratorsAssignAndOnlyCrewMembersCanBeAssigned() throws Exception {
		this.mvc
			.perform(post("/api/v1/checkpoints/{id}/crew", this.tieliStation).with(basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"%s\"}".formatted(this.username)))
			.andExpect(status().isForbidden());
		assign("{\"username\":\"grid\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
		Instant now = Instant.now();
		assign("""
				{"username":"%s","validFrom":"%s","validUntil":"%s"}""".formatted(this.username, now, now))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validUntil"));
	}

	@Test
	void theCrewPageShowsTheDemoCrewToTheAdministrator() throws Exception {
		long shenshu = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("神树火车站");
		String page = this.mvc
			.perform(get("/checkpoints/{id}/crew", shenshu)
				.session(org.fangkong.support.DemoUsers.session(this.mvc, "admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("王刚", "assign-crew");
	}

	/**
	 * SECURITY.md AC1, AC5 (issue #9): the crew's prefill answers only from crossings at
	 * the checkpoints the crew member is on duty at, and only at such a checkpoint.
	 */
	@Test
	void thePrefillKnowsOnlyTheCrossingsAtTheCrewsOwnCheckpoints() throws Exception {
		assign("{\"username\":\"%s\"}".formatted(this.username)).andExpect(status().isCreated());
		String traveller = org.fangkong.support.TestIds.next();
		this.mvc
			.perform(post("/api/v1/checkpoints/{id}/registrations", this.tieliStation)
				.with(httpBasic(this.username, PASSWORD))
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(org.fangkong.support.RegistrationJson.crossing().idNumber(traveller).json()))
			.andExpect(status().isCreated());
		this.mvc
			.perform(get("/checkpoints/{id}/prefill", this.tieliStation)
				.session(org.fangkong.support.DemoUsers.login(this.mvc, this.username))
				.param("idType", "RESIDENT_ID")
				.param("idNumber", traveller))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber").value(traveller));
		long shenshu = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("神树火车站");
		this.mvc
			.perform(get("/checkpoints/{id}/prefill", shenshu)
				.session(org.fangkong.support.DemoUsers.session(this.mvc, "crew"))
				.param("idType", "RESIDENT_ID")
				.param("idNumber", traveller))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/checkpoints/{id}/prefill", this.tieliStation)
				.session(org.fangkong.support.DemoUsers.session(this.mvc, "crew"))
				.param("idType", "RESIDENT_ID")
				.param("idNumber", traveller))
			.andExpect(status().isNotFound());
	}

	/**
	 * Issue #9 item 8: an idempotency key counts only among one user's registrations at
	 * one checkpoint. Another crew member's key, or a guessed key of a QR confirmation,
	 * blocks nothing; a reused key of one's own is 422 on the page too, not a 500.
	 */
	@Test
	void anIdempotencyKeyBelongsToOneUserAtOneCheckpoint() throws Exception {
		assign("{\"username\":\"%s\"}".formatted(this.username)).andExpect(status().isCreated());
		String colleague = this.username + "b";
		this.accounts.createDemoUser(colleague, PASSWORD, new Accounts.Assignment("值守 同事", Set.of(Role.CHECKPOINT_CREW),
				new DemoTree(this.jurisdictions, this.checkpoints).node("铁力镇"), null, true));
		assign("{\"username\":\"%s\"}".formatted(colleague)).andExpect(status().isCreated());
		String key = "shared-key-" + UUID.randomUUID();
		for (String user : new String[] { this.username, colleague }) {
			this.mvc
				.perform(post("/api/v1/checkpoints/{id}/registrations", this.tieliStation)
					.with(httpBasic(user, PASSWORD))
					.header("Idempotency-Key", key)
					.contentType(MediaType.APPLICATION_JSON)
					.content(org.fangkong.support.RegistrationJson.crossing()
						.idNumber(org.fangkong.support.TestIds.next())
						.json()))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.recordedBy").value(user));
		}

		// a QR self-registration that the colleague will confirm; the other crew member
		// tries to block it with the key its confirmation used to have
		String token = this.selfRegistrations.tokenOf(this.tieliStation);
		this.mvc
			.perform(post("/q/{token}", token).with(csrf())
				.param("direction", "IN")
				.param("idType", "RESIDENT_ID")
				.param("idNumber", org.fangkong.support.TestIds.next())
				.param("name", "王自助")
				.param("phone", "13700001111")
				.param("originClass", "OTHER_PROVINCE")
				.param("originPlace", "吉林省长春市")
				.param("travelMode", "TRAIN")
				.param("passengers", "1"))
			.andExpect(status().isOk());
		MockHttpSession colleagueSession = org.fangkong.support.DemoUsers.login(this.mvc, colleague);
		String pending = this.mvc.perform(get("/checkpoints/{id}/pending", this.tieliStation).session(colleagueSession))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long selfId = Long.parseLong(pending.replaceAll("(?s).*?/pending/(\\d+)/confirm.*", "$1"));
		this.mvc
			.perform(post("/api/v1/checkpoints/{id}/registrations", this.tieliStation)
				.with(httpBasic(this.username, PASSWORD))
				.header("Idempotency-Key", "self-" + selfId)
				.contentType(MediaType.APPLICATION_JSON)
				.content(org.fangkong.support.RegistrationJson.crossing()
					.idNumber(org.fangkong.support.TestIds.next())
					.json()))
			.andExpect(status().isCreated());
		this.mvc
			.perform(
					post("/checkpoints/{id}/pending/{sid}/confirm", this.tieliStation, selfId).session(colleagueSession)
						.with(csrf())
						.param("temperature", "36.6")
						.param("healthCode", "GREEN"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("registered"));

		// one's own key again with another body: 422 on the crew page, in the user's
		// language
		this.mvc
			.perform(post("/checkpoints/{id}/register", this.tieliStation).session(colleagueSession)
				.with(csrf())
				.param("idempotencyKey", key)
				.param("direction", "OUT")
				.param("idType", "RESIDENT_ID")
				.param("idNumber", org.fangkong.support.TestIds.next())
				.param("name", "张三")
				.param("phone", "13900001234")
				.param("originClass", "LOCAL")
				.param("travelMode", "TRAIN")
				.param("temperature", "36.5")
				.param("healthCode", "GREEN"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("已用于另一条不同的登记")));
	}

	private ResultActions assign(String json) throws Exception {
		return this.mvc.perform(post("/api/v1/checkpoints/{id}/crew", this.tieliStation).with(basic("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private ResultActions register() throws Exception {
		return this.mvc.perform(post("/api/v1/checkpoints/{id}/registrations", this.tieliStation)
			.with(httpBasic(this.username, PASSWORD))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"direction":"OUT","idType":"RESIDENT_ID","idNumber":"11010519491231002X","name":"张三",
					 "phone":"13900001234","originClass":"LOCAL","travelMode":"TRAIN","temperature":36.5,
					 "healthCode":"GREEN"}"""));
	}

}
