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
import org.fangkong.support.DemoUsers;
import org.fangkong.support.TestCheckpoints;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages for a checkpoint's demand and for changes to a published roster (issue #11
 * items 3, 5): a planner edits the shifts as rows; on a published roster a planner
 * requests a swap and only a commander sees the buttons to decide it.
 */
@IntegrationTest
class RosterChangesPageTests {

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
	Clock clock;

	@Test
	void aPlannerEditsTheDemandAndACommanderDecidesASwapOnThePages() throws Exception {
		DemoTree tree = new DemoTree(this.jurisdictions, this.checkpoints);
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		long checkpoint = TestCheckpoints.create(this.mvc, "P" + suffix, "页面测试卡点" + suffix, "VILLAGE",
				tree.node("铁力镇"));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(
					post("/api/v1/staff").with(basic("commander")).contentType(MediaType.APPLICATION_JSON).content("""
							{"name":"页面村干部%d","grade":"VILLAGE_CADRE","checkpointId":%d}""".formatted(i, checkpoint)))
				.andExpect(status().isCreated());
		}
		MockHttpSession hq = DemoUsers.session(this.mvc, "hq-screening");
		assertThat(page(hq, "/rosters/demand/" + checkpoint)).contains("demand-form", "value=\"08:00\"",
				"value=\"20:00\"");
		this.mvc
			.perform(post("/rosters/demand/{id}", checkpoint).session(hq)
				.with(csrf())
				.param("start", "06:00", "18:00", "")
				.param("hours", "12", "12", "")
				.param("village", "2", "2", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/v1/shift-patterns/{id}", checkpoint).with(basic("commander")))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].start").value("06:00:00"))
			.andExpect(jsonPath("$[1].village").value(2));

		Actor commander = Actors.demo(this.accounts, "commander");
		LocalDate day = LocalDate.now(this.clock).plusDays(2);
		long roster = this.rosters.create(commander, new Rosters.NewRoster(day, day, List.of(checkpoint))).id();
		this.rosters.solve(commander, roster);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.rosters.get(commander, roster).roster().status() == RosterStatus.SOLVED);
		this.rosters.publish(commander, roster);
		List<Rosters.AssignmentView> seats = this.rosters.get(commander, roster).assignments();
		assertThat(page(hq, "/rosters/" + roster)).contains("replan-form", "swap-form", "demand-link");
		this.mvc
			.perform(post("/rosters/{id}/swaps", roster).session(hq)
				.with(csrf())
				.param("assignmentId", String.valueOf(seats.get(0).id()))
				.param("otherAssignmentId", String.valueOf(seats.get(2).id())))
			.andExpect(status().is3xxRedirection());
		assertThat(page(hq, "/rosters/" + roster)).contains("待审批").doesNotContain("swap-approve");
		MockHttpSession session = DemoUsers.session(this.mvc, "commander");
		String mine = page(session, "/rosters/" + roster);
		assertThat(mine).contains("swap-approve");
		java.util.regex.Matcher approve = java.util.regex.Pattern.compile("/rosters/\\d+/swaps/\\d+/approve")
			.matcher(mine);
		assertThat(approve.find()).isTrue();
		this.mvc.perform(post(approve.group()).session(session).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(page(session, "/rosters/" + roster)).contains("已批准").doesNotContain("swap-approve");
		assertThat(this.rosters.get(commander, roster).assignments().get(0).staffId())
			.isEqualTo(seats.get(2).staffId());
	}

	private String page(MockHttpSession session, String path) throws Exception {
		return this.mvc.perform(get(path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
