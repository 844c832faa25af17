package org.fangkong.roster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Role;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.TestCheckpoints;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.RegistrationJson;
import org.fangkong.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Duty rosters through the API (issue #11 items 1, 4, 5, 8): a village checkpoint of its
 * own with four village cadres, one of them a crew member with a user account. The
 * capacity check names the checkpoint; the solved plan fills every seat; a commander
 * publishes; the crew member may register only during their shift (with its grace).
 */
@IntegrationTest
class RosterApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	Rosters rosters;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aPublishedRosterLetsTheCrewRegisterOnlyDuringTheirShift() throws Exception {
		DemoTree tree = new DemoTree(this.jurisdictions, this.checkpoints);
		long town = tree.node("铁力镇");
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		long checkpoint = TestCheckpoints.create(this.mvc, "R" + suffix, "排班测试卡点" + suffix, "VILLAGE", town);
		String username = "roster." + suffix;
		long userId = this.accounts.createDemoUser(username, DemoUsers.PASSWORD,
				new Accounts.Assignment("排班 值守员", Set.of(Role.CHECKPOINT_CREW), town, null, true));
		long crewStaff = addStaff("值守员" + suffix, checkpoint, userId);
		addStaff("村干部甲", checkpoint, null);
		addStaff("村干部乙", checkpoint, null);

		LocalDate tomorrow = LocalDate.now(Clock.system(this.clock.getZone())).plusDays(1);
		long roster = create(tomorrow, tomorrow, checkpoint);
		// 2 shifts × 2 village cadres need 4 people a day; 3 are in the pool
		this.mvc.perform(post("/api/v1/rosters/{id}/solve", roster).with(basic("commander")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("checkpointIds"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("排班测试卡点" + suffix)));
		this.mvc.perform(get("/api/v1/rosters/{id}", roster).with(basic("commander")))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("排班测试卡点" + suffix)));

		addStaff("村干部丙", checkpoint, null);
		solve(roster);
		String plan = this.mvc.perform(get("/api/v1/rosters/{id}", roster).with(basic("hq-screening")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score").value(org.hamcrest.Matchers.startsWith("0hard/")))
			.andExpect(jsonPath("$.assignments.length()").value(4))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> assignments = JsonPath.read(plan, "$.assignments");
		assertThat(assignments).extracting((a) -> a.get("seat")).containsOnly("VILLAGE");
		assertThat(assignments).extracting((a) -> ((Number) a.get("staffId")).longValue()).doesNotHaveDuplicates();
		Map<String, Object> mine = assignments.stream()
			.filter((a) -> ((Number) a.get("staffId")).longValue() == crewStaff)
			.findFirst()
			.orElseThrow();
		Instant start = OffsetDateTime.parse((String) mine.get("shiftStart")).toInstant();
		Instant end = OffsetDateTime.parse((String) mine.get("shiftEnd")).toInstant();
		assertThat(Duration.between(start, end)).isEqualTo(Duration.ofHours(12));
		assertThat((String) mine.get("shiftStart")).endsWith("+08:00");

		// a draft: the crew member may not register yet; HQ staff plan but do not publish
		moveTo(start.plus(Duration.ofHours(1)));
		register(username, checkpoint).andExpect(status().isForbidden());
		this.clock.reset();
		this.mvc.perform(post("/api/v1/rosters/{id}/publish", roster).with(basic("hq-screening")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/rosters/{id}/publish", roster).with(basic("commander")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		this.mvc.perform(post("/api/v1/rosters/{id}/solve", roster).with(basic("commander")))
			.andExpect(status().isUnprocessableContent());

		// the person's calendar (RFC 5545), parsed with the library
		String ics = this.mvc
			.perform(get("/api/v1/staff/{id}/shifts.ics", crewStaff).with(httpBasic(username, DemoUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		biweekly.ICalendar calendar = biweekly.Biweekly.parse(ics).first();
		assertThat(calendar.getEvents()).singleElement().satisfies((event) -> {
			assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(start);
			assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(end);
			assertThat(event.getLocation().getValue()).isEqualTo("排班测试卡点" + suffix);
		});
		this.mvc.perform(get("/api/v1/staff/{id}/shifts.ics", crewStaff).with(basic("crew")))
			.andExpect(status().isForbidden());

		moveTo(start.minus(Duration.ofHours(2)));
		register(username, checkpoint).andExpect(status().isForbidden());
		moveTo(start.plus(Duration.ofHours(1)));
		register(username, checkpoint).andExpect(status().isCreated());
		moveTo(end.plus(Duration.ofHours(2)));
		register(username, checkpoint).andExpect(status().isForbidden());
	}

	@Test
	void aPinnedAssignmentIsKeptWhenReSolvingAndOutsideTheScopeARosterIsNotFound() throws Exception {
		DemoTree tree = new DemoTree(this.jurisdictions, this.checkpoints);
		long village = tree.checkpoint("新一村村口卡点");
		LocalDate tomorrow = LocalDate.now(Clock.system(this.clock.getZone())).plusDays(1);
		long roster = create(tomorrow, tomorrow.plusDays(2), village);
		solve(roster);
		var commander = Actors.demo(this.accounts, "commander");
		Rosters.AssignmentView first = this.rosters.get(commander, roster).assignments().get(0);
		this.rosters.pin(commander, roster, first.id(), true);
		solve(roster);
		assertThat(this.rosters.get(commander, roster).assignments())
			.filteredOn((a) -> a.shiftStart().equals(first.shiftStart()) && a.seat() == first.seat()
					&& a.seatIndex() == first.seatIndex())
			.singleElement()
			.satisfies((a) -> {
				assertThat(a.staffId()).isEqualTo(first.staffId());
				assertThat(a.pinned()).isTrue();
			});

		// the pinned person falls ill: re-solving keeps the pin, breaks a hard rule, and
		// such a
		// plan is not published
		this.mvc
			.perform(post("/api/v1/staff/{id}/unavailability", first.staffId()).with(basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"from":"%s","until":"%s","reason":"ILLNESS"}""".formatted(first.shiftStart(),
						first.shiftEnd())))
			.andExpect(status().isCreated());
		solve(roster);
		assertThat(this.rosters.get(commander, roster).roster().score()).startsWith("-1hard/");
		this.mvc.perform(post("/api/v1/rosters/{id}/publish", roster).with(basic("commander")))
			.andExpect(status().isUnprocessableContent());

		String township = "roster.town." + UUID.randomUUID().toString().substring(0, 6);
		this.accounts.createDemoUser(township, DemoUsers.PASSWORD,
				new Accounts.Assignment("镇 指挥", Set.of(Role.COMMANDER), tree.node("铁力镇"), null, true));
		this.mvc.perform(get("/api/v1/rosters/{id}", roster).with(httpBasic(township, DemoUsers.PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/rosters/{id}", roster).with(basic("crew"))).andExpect(status().isForbidden());
	}

	@Test
	void aCheckpointsShiftsAreItsOwnOrTheDefaultsOfItsKind() throws Exception {
		long station = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("铁力火车站");
		this.mvc.perform(get("/api/v1/shift-patterns/{id}", station).with(basic("hq-screening")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[1].start").value("08:00:00"))
			.andExpect(jsonPath("$[1].hours").value(8))
			.andExpect(jsonPath("$[1].leaders").value(1))
			.andExpect(jsonPath("$[1].medics").value(1))
			.andExpect(jsonPath("$[1].others").value(2));
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		long own = TestCheckpoints.create(this.mvc, "S" + suffix, "班次测试" + suffix, "KEY",
				new DemoTree(this.jurisdictions, this.checkpoints).node("铁力镇"));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/shift-patterns/{id}", own)
				.with(basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("[{\"start\":\"06:00\",\"hours\":0,\"others\":1}]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("shifts[0].hours"));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/shift-patterns/{id}", own)
				.with(basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("[{\"start\":\"06:00\",\"hours\":12,\"leaders\":1,\"others\":1},"
						+ "{\"start\":\"18:00\",\"hours\":12,\"others\":2}]"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[1].start").value("18:00:00"));
		this.mvc.perform(get("/api/v1/shift-patterns/{id}", own).with(basic("grid"))).andExpect(status().isForbidden());
	}

	private long addStaff(String name, long checkpoint, Long userId) throws Exception {
		String body = """
				{"name":"%s","grade":"VILLAGE_CADRE","checkpointId":%d,"userId":%s}""".formatted(name, checkpoint,
				userId);
		return JsonPath
			.<Number>read(this.mvc
				.perform(post("/api/v1/staff").with(basic("commander"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.skills[0]").value("VILLAGE"))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id")
			.longValue();
	}

	private long create(LocalDate from, LocalDate to, long checkpoint) throws Exception {
		return JsonPath.<Number>read(this.mvc
			.perform(
					post("/api/v1/rosters").with(basic("commander")).contentType(MediaType.APPLICATION_JSON).content("""
							{"from":"%s","to":"%s","checkpointIds":[%d]}""".formatted(from, to, checkpoint)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id").longValue();
	}

	private void solve(long roster) throws Exception {
		this.mvc.perform(post("/api/v1/rosters/{id}/solve", roster).with(basic("commander")))
			.andExpect(status().isAccepted());
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> JsonPath.read(this.mvc.perform(get("/api/v1/rosters/{id}", roster).with(basic("commander")))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.status"), "SOLVED"::equals);
	}

	private void moveTo(Instant at) {
		this.clock.reset();
		this.clock.advance(Duration.between(Instant.now(), at));
	}

	private ResultActions register(String username, long checkpoint) throws Exception {
		return this.mvc.perform(
				post("/api/v1/checkpoints/{id}/registrations", checkpoint).with(httpBasic(username, DemoUsers.PASSWORD))
					.header("Idempotency-Key", UUID.randomUUID().toString())
					.contentType(MediaType.APPLICATION_JSON)
					.content(RegistrationJson.crossing().json()));
	}

}
