package org.fangkong.portal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.screening.NewScreening;
import org.fangkong.screening.Screenings;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #8: home pages are work queues (item 6), contributed by the modules that own the
 * work; no link leads a role to a page it may not open (item 5); people by their display
 * name (item 8).
 */
@IntegrationTest
class WorkQueuePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Screenings screenings;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Test
	void aTownshipSeesWhoIsDueForReleaseAndARollUpPerGridAndTheReleaseAsksFirst() throws Exception {
		DemoTree tree = new DemoTree(this.jurisdictions, this.checkpoints);
		long dongGang = tree.node("东岗社区");
		Actor grid = Actors.user("grid").role(Role.GRID_WORKER).node(dongGang).build();
		LocalDate arrived = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(15);
		Screenings.ScreeningView due = this.screenings.create(grid,
				new NewScreening("韩到期", null, "RESIDENT_ID", TestIds.next(), null, null, null, dongGang,
						"SELF_REPORTED", "WUHAN", null, null, arrived, "TRAIN", null, null, null, null, null, null,
						null, null));
		this.screenings.create(grid,
				new NewScreening("韩观察", null, "RESIDENT_ID", TestIds.next(), null, null, null, dongGang,
						"SELF_REPORTED", "WUHAN", null, null, arrived.plusDays(13), "TRAIN", null, null, null, null,
						null, null, null, null));
		String township = this.mvc.perform(get("/").session(DemoUsers.session(this.mvc, "township")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(township).contains("id=\"due-for-release\"", "韩到期", "id=\"grid-rollup\"", "东岗社区")
			.as("a roll-up per grid, not every person")
			.doesNotContain("韩观察");
		this.mvc.perform(get("/").session(DemoUsers.session(this.mvc, "grid")))
			.andExpect(content().string(containsString("id=\"follow-ups\"")))
			.andExpect(content().string(containsString("韩观察")))
			.andExpect(content().string(not(containsString("id=\"due-for-release\""))));
		this.mvc.perform(get("/screening/{id}", due.id()).session(DemoUsers.session(this.mvc, "township")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-confirm=\"")));
	}

	@Test
	void aMedicSeesTheReferralsWaitingAndACrewMemberTheRegisterButton() throws Exception {
		this.mvc.perform(get("/").session(DemoUsers.session(this.mvc, "medic")))
			.andExpect(content().string(containsString("id=\"referrals-waiting-count\"")))
			.andExpect(content().string(containsString("href=\"/medical/referrals\"")));
		long station = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("神树火车站");
		this.mvc.perform(get("/").session(DemoUsers.session(this.mvc, "crew")))
			.andExpect(content().string(containsString("href=\"/checkpoints/" + station + "/register\"")));
	}

	@Test
	void theLastRolesToGetTheirModulesFindTheirWorkOnTheHomePageNotANotice() throws Exception {
		// The publicity officer (issue #16) and the volunteer (issue #15) were the last
		// roles told that their module was not built yet.
		Map<String, String> work = Map.of("publicity", "href=\"/publicity/releases", "volunteer", "href=\"/my-orders");
		for (Map.Entry<String, String> entry : work.entrySet()) {
			String page = this.mvc.perform(get("/").session(DemoUsers.session(this.mvc, entry.getKey())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(entry.getKey()).contains(entry.getValue()).doesNotContain("not-yet");
		}
	}

	@Test
	void noDayLinkOrQrTabForThoseWhoCannotOpenThem() throws Exception {
		long station = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("神树火车站");
		this.mvc.perform(get("/checkpoints").session(DemoUsers.session(this.mvc, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("today-link"))));
		String crew = this.mvc.perform(get("/checkpoints").session(DemoUsers.session(this.mvc, "crew")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(crew.split("today-link", -1)).as("the crew's own checkpoint only").hasSize(2);
		assertThat(crew).contains("/checkpoints/" + station + "/today");
		this.mvc.perform(get("/checkpoints/{id}/today", station).session(DemoUsers.session(this.mvc, "commander")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("pending-tab"))));
		this.mvc.perform(get("/checkpoints/{id}/today", station).session(DemoUsers.session(this.mvc, "crew")))
			.andExpect(content().string(containsString("pending-tab")));
	}

	@Test
	void theCountersComeAsAFragmentForHtmx() throws Exception {
		long station = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("神树火车站");
		String fragment = this.mvc
			.perform(get("/checkpoints/{id}/stats", station).session(DemoUsers.session(this.mvc, "crew")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).contains("id=\"today-strip\"", "id=\"count-fevers\"", "fk-registered")
			.doesNotContain("<html");
	}

	@Autowired
	java.util.List<org.fangkong.shared.platform.AuditCodeContributor> auditCodes;

	/** Every audit code a module contributes is shown as words, in both languages. */
	@Test
	void everyAuditCodeHasItsWordsInBothLanguages() throws Exception {
		java.util.List<String> codes = java.util.stream.Stream
			.concat(java.util.Arrays.stream(org.fangkong.audit.AuditAction.values()),
					this.auditCodes.stream().flatMap((c) -> c.auditCodes().stream()))
			.map(org.fangkong.shared.platform.AuditCode::name)
			.distinct()
			.toList();
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			java.util.Properties words = new java.util.Properties();
			try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
				words.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			assertThat(codes).as(bundle)
				.allSatisfy((code) -> assertThat(words.getProperty("audit.action." + code)).as(code).isNotBlank());
		}
	}

	@Test
	void theAuditTrailNamesPeopleByTheirDisplayName() throws Exception {
		DemoUsers.session(this.mvc, "township");
		this.mvc.perform(get("/admin/audit").session(DemoUsers.session(this.mvc, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("铁力镇 宋晶")));
	}

}
