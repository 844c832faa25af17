package org.fangkong.hotline;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.support.DemoUsers.basic;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hotline (issue #12 item 3) on PostgreSQL with the demo answers: an operator logs a
 * call and turns a call about symptoms into a referral in one step; the knowledge base
 * finds an answer by a Chinese word inside a sentence; callers' phones are masked for the
 * roles that do not need them.
 */
@IntegrationTest
class HotlineTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AnswerIndex index;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void aCallAboutSymptomsBecomesAReferralInOneStep() throws Exception {
		String call = this.mvc.perform(
				post("/api/v1/hotline/calls").with(basic("hotline")).contentType(MediaType.APPLICATION_JSON).content("""
						{"callerName":"王女士","callerPhone":"13912345678","category":"SYMPTOMS",
						 "question":"发烧两天，咳嗽","answer":"请到发热门诊就诊","followUpNeeded":true,
						 "refer":true,"temperature":38.3}
						"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.callerPhone").value("139****5678"))
			.andExpect(jsonPath("$.referralId").isNumber())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long referral = ((Number) JsonPath.read(call, "$.referralId")).longValue();
		long id = ((Number) JsonPath.read(call, "$.id")).longValue();

		this.mvc.perform(get("/api/v1/referrals/{id}", referral).with(basic("medic")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.source").value("HOTLINE"))
			.andExpect(jsonPath("$.hotlineCallId").value(id))
			.andExpect(jsonPath("$.name").value("王女士"))
			.andExpect(jsonPath("$.phone").value("13912345678"))
			.andExpect(jsonPath("$.complaint").value("发烧两天，咳嗽"))
			.andExpect(jsonPath("$.status").value("OPEN"));
		this.mvc.perform(post("/api/v1/hotline/calls/{id}/referral", id).with(basic("hotline")))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(post("/api/v1/hotline/calls/{id}/follow-up", id).with(basic("hotline")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.followUpDoneBy").value("hotline"));
		this.mvc.perform(post("/api/v1/hotline/calls/{id}/follow-up", id).with(basic("hotline")))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aCallNotAboutSymptomsIsNotReferred() throws Exception {
		this.mvc
			.perform(post("/api/v1/hotline/calls").with(basic("hotline"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"category\":\"SUPPLIES\",\"question\":\"哪里买口罩\",\"refer\":true}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("refer"));
		this.mvc
			.perform(post("/api/v1/hotline/calls").with(basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"category\":\"OTHER\",\"question\":\"问题\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theKnowledgeBaseFindsAnAnswerByAChineseWordInsideASentence() throws Exception {
		// 门诊 stands inside 发热门诊 in the question and the answers of the demo
		this.mvc.perform(get("/api/v1/hotline/answers").param("q", "门诊").with(basic("hotline")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].question", hasItem("发热门诊在哪里？几点开？")));
		// a whole sentence as a caller says it
		String found = this.mvc
			.perform(get("/api/v1/hotline/answers").param("q", "请问现在去哪里能买到口罩").with(basic("hotline")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<String>read(found, "$[0].question")).isEqualTo("哪里可以买到口罩？");

		// an answer added now is found at once, by a word in the middle of its text
		this.mvc
			.perform(post("/api/v1/hotline/answers").with(basic("hotline"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"category":"OTHER","question":"核酸检测在哪里做？",
						 "answer":"全市的核酸采样点设在市体育馆东门，每天八点到十七点开放。"}
						"""))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/hotline/answers").param("q", "体育馆").with(basic("hotline")))
			.andExpect(jsonPath("$[0].question").value("核酸检测在哪里做？"));
		this.mvc.perform(get("/api/v1/hotline/answers").param("q", "采样").with(basic("hotline")))
			.andExpect(jsonPath("$[0].question").value("核酸检测在哪里做？"));
		this.mvc.perform(get("/api/v1/hotline/answers").param("q", "门诊").with(basic("crew")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAnswerAddedOnAnotherNodeIsFoundAfterTheIndexSeesTheTableChanged() throws Exception {
		// another node writes the table, not this node's index
		this.jdbc.update("insert into hotline_answer (category, question, answer, updated_at, updated_by)"
				+ " values ('OTHER', '隔离酒店怎么预订？', '集中隔离酒店由指挥部统一安排，个人无需预订。', current_timestamp, 'other-node')");
		this.index.refreshIfChanged();
		this.mvc.perform(get("/api/v1/hotline/answers").param("q", "隔离酒店").with(basic("hotline")))
			.andExpect(jsonPath("$[0].question").value("隔离酒店怎么预订？"));
		// nothing changed since: no rebuild
		assertThat(this.index.refreshIfChanged()).isFalse();
	}

	@Test
	void callersPhonesAreMaskedForTheRolesThatDoNotNeedThem() throws Exception {
		String call = this.mvc
			.perform(post("/api/v1/hotline/calls").with(basic("hotline"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"callerPhone\":\"13700001111\",\"category\":\"TRAVEL_RULES\",\"question\":\"从武汉回来怎么办\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(call, "$.id")).longValue();
		this.mvc.perform(get("/api/v1/hotline/calls/{id}", id).with(basic("hotline")))
			.andExpect(jsonPath("$.callerPhone").value("137****1111"));
		this.mvc.perform(get("/api/v1/hotline/calls/{id}", id).with(basic("commander")))
			.andExpect(jsonPath("$.callerPhone").value("13700001111"));
		this.mvc.perform(get("/api/v1/hotline/calls").with(basic("hotline")))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].callerPhone").value("137****1111"));
		this.mvc.perform(get("/api/v1/hotline/calls/{id}", id).with(basic("medic"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/hotline/calls/{id}", id).with(basic("grid"))).andExpect(status().isForbidden());
	}

}
