package org.fangkong.screening;

import java.time.LocalDate;
import java.time.ZoneId;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The screening pages render for each role that has them, with what that role may do. */
@IntegrationTest
class ScreeningPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Screenings screenings;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Test
	void theDetailPageShowsTheChainAndOffersOverridesOnlyAboveTheGrid() throws Exception {
		long dongGang = new DemoTree(this.jurisdictions, this.checkpoints).node("东岗社区");
		Actor grid = Actors.user("grid").role(Role.GRID_WORKER).node(dongGang).build();
		Screenings.ScreeningView screening = this.screenings.create(grid,
				new NewScreening("蒋页面", null, "RESIDENT_ID", TestIds.next(), null, null, null, dongGang,
						"SELF_REPORTED", "WUHAN", null, null, LocalDate.now(ZoneId.of("Asia/Shanghai")), "TRAIN", null,
						null, null, null, null, null, null, null));
		this.mvc.perform(get("/screening/{id}", screening.id()).session(DemoUsers.session(this.mvc, "township")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("蒋页面")))
			.andExpect(content().string(containsString("override-form")));
		this.mvc.perform(get("/screening/{id}", screening.id()).session(DemoUsers.session(this.mvc, "grid")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("check-form")))
			.andExpect(content().string(not(containsString("override-form"))));
		this.mvc.perform(get("/screening").session(DemoUsers.session(this.mvc, "grid")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("蒋页面")));
		this.mvc.perform(get("/screening/{id}", screening.id()).session(DemoUsers.session(this.mvc, "grid2")))
			.andExpect(status().isNotFound());
	}

}
