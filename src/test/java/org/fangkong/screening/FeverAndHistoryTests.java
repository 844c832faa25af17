package org.fangkong.screening;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.ScreeningCalls;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.awaitility.Awaitility.await;
import static org.fangkong.support.DemoUsers.basic;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #8 items 3 and 8 end to end on PostgreSQL: a person referred for fever is flagged
 * with the referral and its state on their record, in the ledger and in the follow-ups,
 * and the medic's referral links back to the person; the history reads as words in the
 * user's language, with the display names of the people who acted.
 */
@IntegrationTest
class FeverAndHistoryTests {

	@Autowired
	MockMvc mvc;

	ScreeningCalls calls;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	DemoTree tree;

	@BeforeEach
	void setUp() {
		this.calls = new ScreeningCalls(this.mvc);
		this.tree = new DemoTree(this.jurisdictions, this.checkpoints);
	}

	@Test
	void aFeverOnADailyCheckIsFlaggedWithItsReferralWhereverThePersonIsShown() throws Exception {
		String idNumber = TestIds.next();
		long screening = arrive(idNumber, "36.6");
		this.mvc
			.perform(post("/api/v1/screenings/{id}/checks", screening).with(basic("grid"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"temperature\":38.5}"))
			.andExpect(status().isCreated());
		long referral = this.calls.referralOf(screening);

		this.mvc.perform(get("/api/v1/screenings/{id}", screening).with(basic("grid")))
			.andExpect(jsonPath("$.screening.fever.referralId").value(referral))
			.andExpect(jsonPath("$.screening.fever.status").value("OPEN"))
			.andExpect(jsonPath("$.crossings[0].checkpointName").value("神树火车站"));
		this.mvc.perform(get("/api/v1/screenings").param("size", "200").with(basic("grid")))
			.andExpect(jsonPath("$.content[?(@.id == " + screening + ")].fever.status").value("OPEN"));
		this.mvc.perform(get("/").session(DemoUsers.session(this.mvc, "grid")))
			.andExpect(content().string(containsString("fever-flag")))
			.andExpect(content().string(containsString("发热转诊：待接诊")));
		this.mvc.perform(get("/screening/{id}", screening).session(DemoUsers.session(this.mvc, "commander")))
			.andExpect(content().string(containsString("/medical/referrals/" + referral)));

		this.mvc.perform(get("/api/v1/referrals/{id}", referral).with(basic("medic")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("贺发热"))
			.andExpect(jsonPath("$.idNumber").value(idNumber.substring(0, 4) + "**********" + idNumber.substring(14)))
			.andExpect(jsonPath("$.screeningId").value(screening));
		this.mvc.perform(get("/medical/referrals").session(DemoUsers.session(this.mvc, "medic")))
			.andExpect(content().string(containsString("/medical/referrals/" + referral)));
		this.mvc.perform(get("/medical/referrals/{id}", referral).session(DemoUsers.session(this.mvc, "medic")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("贺发热")))
			.andExpect(content().string(not(containsString(idNumber))));
		this.mvc.perform(get("/api/v1/referrals/{id}", Long.MAX_VALUE).with(basic("medic")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFeverAtTheCheckpointIsFlaggedOnTheScreeningItOpens() throws Exception {
		long screening = arrive(TestIds.next(), "38.7");
		long referral = this.calls.referralOf(screening);
		this.mvc.perform(get("/api/v1/referrals/{id}", referral).with(basic("commander")))
			.andExpect(jsonPath("$.source").value("CHECKPOINT"))
			.andExpect(jsonPath("$.screeningId").value(screening));
	}

	@Test
	void theHistoryReadsAsWordsWithTheNamesOfWhoActed() throws Exception {
		long screening = arrive(TestIds.next(), "36.6");
		this.mvc
			.perform(post("/api/v1/screenings/{id}/checks", screening).with(basic("grid"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"temperature\":36.4}"))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/screening/{id}", screening).session(DemoUsers.session(this.mvc, "township")))
			.andExpect(content().string(containsString("系统（卡点登记）")))
			.andExpect(content().string(containsString("建立排查记录")))
			.andExpect(content().string(containsString("记录随访")))
			.andExpect(content().string(containsString("东岗社区 网格员 徐桂荣")))
			.andExpect(content().string(not(containsString(">CHECKED<"))))
			.andExpect(content().string(not(containsString(">grid<"))));
		this.mvc
			.perform(get("/screening/{id}", screening).param("lang", "en")
				.session(DemoUsers.session(this.mvc, "township")))
			.andExpect(content().string(containsString("Daily check recorded")))
			.andExpect(content().string(containsString("System (checkpoint registration)")))
			.andExpect(content().string(containsString("Under measure")));
	}

	private long arrive(String idNumber, String temperature) throws Exception {
		return this.calls.arrive(this.tree, idNumber, "贺发热", temperature);
	}

}
