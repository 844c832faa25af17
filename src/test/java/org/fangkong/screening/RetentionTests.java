package org.fangkong.screening;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.audit.AuditTrail;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.ScreeningJson;
import org.fangkong.support.TestClock;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * SECURITY.md PR2 (issue #9 item 10): 180 days after a person's observation ended, the
 * retention job removes what identifies them; a person still under observation, or
 * released within the period, is kept. The clock is shifted, not waited for.
 */
@IntegrationTest
class RetentionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Retention retention;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aPersonReleasedLongerAgoThanTheRetentionIsAnonymisedAndNobodyElse() throws Exception {
		long grid = new DemoTree(this.jurisdictions, this.checkpoints).node("东岗社区");
		String releasedId = TestIds.next();
		long released = create(ScreeningJson.in(grid).name("留存 已解除").idNumber(releasedId).phone("13912345678"));
		this.mvc
			.perform(post("/api/v1/screenings/{id}/release", released).with(basic("township"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isOk());
		long open = create(ScreeningJson.in(grid).name("留存 观察中").idNumber(TestIds.next()));

		this.clock.advance(Duration.ofDays(179));
		this.retention.anonymiseExpired();
		assertThat(screening(released)).containsEntry("name", "留存 已解除").containsEntry("idNumber", releasedId);

		int audited = this.audit.byActor("system", ScreeningAudit.PERSONS_ANONYMISED).size();
		this.clock.advance(Duration.ofDays(2));
		assertThat(this.retention.anonymiseExpired()).isPositive();
		Map<String, Object> anonymised = screening(released);
		assertThat(anonymised).containsEntry("name", Retention.ANONYMOUS).containsEntry("status", "RELEASED");
		assertThat(anonymised.get("idNumber")).isNull();
		assertThat(anonymised.get("phone")).isNull();
		assertThat(screening(open)).containsEntry("name", "留存 观察中");
		assertThat(this.audit.byActor("system", ScreeningAudit.PERSONS_ANONYMISED)).hasSize(audited + 1);
		assertThat(this.retention.anonymiseExpired()).as("a second run finds nothing").isZero();
	}

	private Map<String, Object> screening(long id) throws Exception {
		String answer = this.mvc.perform(get("/api/v1/screenings/{id}", id).with(basic("grid")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(answer, "$.screening");
	}

	private long create(ScreeningJson screening) throws Exception {
		String answer = this.mvc
			.perform(post("/api/v1/screenings").with(basic("grid"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(screening.origin("HUBEI", "湖北省孝感市").arrived(LocalDate.of(2018, 7, 1)).json()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(answer, "$.id")).longValue();
	}

}
