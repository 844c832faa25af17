package org.fangkong.screening;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.ScreeningCalls;
import org.fangkong.support.ScreeningJson;
import org.fangkong.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.fangkong.support.DemoUsers.basic;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #9 item 7 (RE2) on PostgreSQL: a second reading of a slot is kept as a correction
 * beside the first, whose fever referral stays flagged; a check before the measure began
 * or ahead of the clock is refused.
 */
@IntegrationTest
class CheckCorrectionTests {

	@Autowired
	MockMvc mvc;

	ScreeningCalls calls;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	TestClock clock;

	DemoTree tree;

	@BeforeEach
	void setUp() {
		this.calls = new ScreeningCalls(this.mvc);
		this.tree = new DemoTree(this.jurisdictions, this.checkpoints);
	}

	long report() throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/screenings").with(basic("grid"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(ScreeningJson.in(this.tree.node("东岗社区"))
					.origin("WUHAN", "武汉市")
					.arrived(LocalDate.now(this.clock))
					.json()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	ResultActions check(long screening, String user, Instant at, String temperature) throws Exception {
		return this.mvc.perform(post("/api/v1/screenings/{id}/checks", screening).with(basic(user))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"temperature\":" + temperature + ",\"checkedAt\":\"" + at + "\"}"));
	}

	@Test
	void aSecondReadingIsACorrectionBesideTheFirstAndTheFeverStaysFlagged() throws Exception {
		long screening = report();
		Instant at = Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
		String first = check(screening, "grid", at, "38.5").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long firstId = ((Number) JsonPath.read(first, "$.id")).longValue();
		long referral = this.calls.referralOf(screening);
		String second = check(screening, "township", at, "36.5").andExpect(status().isCreated())
			.andExpect(jsonPath("$.correctsCheckId").value(firstId))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long secondId = ((Number) JsonPath.read(second, "$.id")).longValue();
		this.mvc.perform(get("/api/v1/screenings/{id}", screening).with(basic("grid")))
			.andExpect(jsonPath("$.checks", hasSize(1)))
			.andExpect(jsonPath("$.checks[0].id").value(secondId))
			.andExpect(jsonPath("$.checks[0].temperature").value(36.5))
			.andExpect(jsonPath("$.checks[0].checkedBy").value("township"))
			.andExpect(jsonPath("$.checks[0].supersededBy").doesNotExist())
			.andExpect(jsonPath("$.checks[0].earlier", hasSize(1)))
			.andExpect(jsonPath("$.checks[0].earlier[0].id").value(firstId))
			.andExpect(jsonPath("$.checks[0].earlier[0].temperature").value(38.5))
			.andExpect(jsonPath("$.checks[0].earlier[0].checkedBy").value("grid"))
			.andExpect(jsonPath("$.checks[0].earlier[0].supersededBy").value(secondId))
			.andExpect(jsonPath("$.screening.fever.referralId").value(referral))
			.andExpect(jsonPath("$.history[-1].action").value("CHECK_CORRECTED"));
		this.mvc.perform(get("/screening/{id}", screening).session(DemoUsers.session(this.mvc, "grid")))
			.andExpect(content().string(containsString("<s>38.5 °C</s>")))
			.andExpect(content().string(containsString("发热转诊：")));
		// the commander gets the flag as a link to the referral (a grid worker the badge)
		this.mvc.perform(get("/screening/{id}", screening).session(DemoUsers.session(this.mvc, "commander")))
			.andExpect(content().string(containsString("/medical/referrals/" + referral)));
	}

	@Test
	void aCheckBeforeTheMeasureOrAheadOfTheClockIsRefused() throws Exception {
		long screening = report();
		Instant now = Instant.now(this.clock);
		check(screening, "grid", now.minus(Duration.ofDays(1)), "36.5").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("checkedAt"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"The time of the check cannot be before the measure began on " + LocalDate.now(this.clock) + "."));
		check(screening, "grid", now.plus(Duration.ofMinutes(30)), "36.5").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("checkedAt"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("The time of the check cannot be in the future (at most 5 minutes ahead)."));
		this.mvc.perform(get("/api/v1/screenings/{id}", screening).with(basic("grid")))
			.andExpect(jsonPath("$.checks", hasSize(0)));
	}

}
