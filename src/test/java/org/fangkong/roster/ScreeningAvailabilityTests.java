package org.fangkong.roster;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.ScreeningCalls;
import org.fangkong.support.ScreeningJson;
import org.fangkong.support.TestClock;
import org.fangkong.support.TestCheckpoints;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person of the pool under a measure in the screening ledger is unavailable
 * automatically (issue #11 item 2), matched by their ID number, which the pool keeps
 * encrypted and shows masked.
 */
@IntegrationTest
class ScreeningAvailabilityTests {

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

	@Test
	void aPersonUnderAMeasureIsNotRostered() throws Exception {
		DemoTree tree = new DemoTree(this.jurisdictions, this.checkpoints);
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		long checkpoint = TestCheckpoints.create(this.mvc, "M" + suffix, "措施测试卡点" + suffix, "VILLAGE",
				tree.node("铁力镇"));
		String idNumber = TestIds.next();
		addStaff("隔离中" + suffix, checkpoint, "\"12345\"").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));
		long isolated = JsonPath
			.<Number>read(addStaff("隔离中" + suffix, checkpoint, "\"" + idNumber + "\"").andExpect(status().isCreated())
				.andExpect(jsonPath("$.idNumberMasked").value(org.hamcrest.Matchers.not(idNumber)))
				.andExpect(jsonPath("$.idNumberMasked").value(org.hamcrest.Matchers.endsWith(idNumber.substring(14))))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id")
			.longValue();
		for (int i = 0; i < 3; i++) {
			addStaff("村干部" + i, checkpoint, "null").andExpect(status().isCreated());
		}
		this.mvc.perform(get("/api/v1/staff/{id}", isolated).with(basic("commander")))
			.andExpect(jsonPath("$.staff.idNumberMasked").value(org.hamcrest.Matchers.not(idNumber)));

		// the same person arrives from Wuhan and is put under a measure in the ledger
		new ScreeningCalls(this.mvc).report("grid",
				ScreeningJson.in(tree.node("东岗社区"))
					.leadSource("HANDED_DOWN")
					.origin("WUHAN", "武汉市")
					.idNumber(idNumber));

		Actor commander = Actors.demo(this.accounts, "commander");
		LocalDate tomorrow = LocalDate.now(Clock.system(this.clock.getZone())).plusDays(1);
		long roster = this.rosters.create(commander, new Rosters.NewRoster(tomorrow, tomorrow, List.of(checkpoint)))
			.id();
		// 2 shifts × 2 village cadres need 4 people; with one under a measure, 3 are left
		this.mvc.perform(post("/api/v1/rosters/{id}/solve", roster).with(basic("commander")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("措施测试卡点" + suffix)));
		addStaff("村干部丁", checkpoint, "null").andExpect(status().isCreated());
		this.mvc.perform(post("/api/v1/rosters/{id}/solve", roster).with(basic("commander")))
			.andExpect(status().isAccepted());
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.rosters.get(commander, roster).roster().status() == RosterStatus.SOLVED);
		assertThat(this.rosters.get(commander, roster).roster().score()).startsWith("0hard/");
		assertThat(this.rosters.get(commander, roster).assignments()).hasSize(4)
			.extracting(Rosters.AssignmentView::staffId)
			.doesNotContain(isolated);
	}

	private ResultActions addStaff(String name, long checkpoint, String idNumber) throws Exception {
		return this.mvc.perform(post("/api/v1/staff").with(basic("commander"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"%s","grade":"VILLAGE_CADRE","checkpointId":%d,"idNumber":%s}""".formatted(name, checkpoint,
					idNumber)));
	}

}
