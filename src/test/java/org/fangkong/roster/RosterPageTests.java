package org.fangkong.roster;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The planners' pages (issue #11 item 5): a commander creates a roster for a village
 * checkpoint with the form, solves it, sees the plan with the people's names per shift,
 * and publishes it; the progress fragment answers while solving and after.
 */
@IntegrationTest
class RosterPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	Clock clock;

	@Test
	void aCommanderCreatesSolvesAndPublishesARosterOnThePages() throws Exception {
		long village = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("新一村村口卡点");
		MockHttpSession session = DemoUsers.session(this.mvc, "commander");
		assertThat(page(session, "/rosters")).contains("create-roster", "新一村村口卡点");
		LocalDate day = LocalDate.now(this.clock).plusDays(20);
		String location = this.mvc
			.perform(post("/rosters").session(session)
				.with(csrf())
				.param("from", day.toString())
				.param("to", day.plusDays(1).toString())
				.param("checkpointIds", String.valueOf(village)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/rosters/\\d+");
		assertThat(page(session, location)).contains("id=\"solve\"");
		this.mvc.perform(post(location + "/solve").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> page(session, location + "/progress").contains("id=\"publish\""));
		String plan = page(session, location);
		// 2 shifts × 2 village cadres on the first day, each with a name
		assertThat(plan.split("class=\"btn btn-sm seat").length - 1).isEqualTo(4);
		assertThat(plan).doesNotContain("（空缺）");
		this.mvc.perform(post(location + "/publish").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page(session, location)).contains("已发布").doesNotContain("id=\"publish\"");
		assertThat(page(DemoUsers.session(this.mvc, "hq-screening"), location)).contains("已发布");
	}

	@Test
	void aPlannerMarksAPersonOfThePoolUnavailable() throws Exception {
		long village = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("新一村村口卡点");
		MockHttpSession session = DemoUsers.session(this.mvc, "hq-screening");
		String pool = page(session, "/rosters/staff?checkpoint=" + village);
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("/rosters/staff/(\\d+)").matcher(pool);
		assertThat(link.find()).isTrue();
		String person = link.group();
		assertThat(page(session, person)).contains("mark-unavailable", "无。");
		this.mvc
			.perform(post(person + "/unavailability").session(session)
				.with(csrf())
				.param("from", "2031-02-01T08:00")
				.param("until", "2031-02-03T20:00")
				.param("reason", "ILLNESS"))
			.andExpect(status().is3xxRedirection());
		assertThat(page(session, person)).contains("2031-02-01 08:00 → 2031-02-03 20:00 · ILLNESS");
	}

	private String page(MockHttpSession session, String path) throws Exception {
		return this.mvc.perform(get(path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
