package org.fangkong.checkpoint;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R-CP-1: the registry of key, village and sub-checkpoints, kept by administrators. */
@IntegrationTest
class CheckpointRegistryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	ResultActions create(String user, String json) throws Exception {
		return this.mvc.perform(
				post("/api/v1/checkpoints").with(basic(user)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	/** A grid worker lists the checkpoints of their own township, no others. */
	@Test
	void aGridWorkerListsOnlyCheckpointsOfTheirOwnTownship() throws Exception {
		String body = this.mvc.perform(get("/api/v1/checkpoints").with(basic("grid2")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(body).contains("新一村").doesNotContain("神树火车站", "东岗社区");
	}

	@Test
	void anAdministratorAddsASubCheckpointUnderAKeyCheckpoint() throws Exception {
		DemoTree tree = new DemoTree(this.jurisdictions, this.checkpoints);
		long station = tree.checkpoint("神树火车站");
		long town = tree.node("神树镇");
		String sub = """
				{"code":"SUB-T1","name":"神树火车站南出口分卡点","kind":"SUB","parentId":%d,"jurisdictionId":%d,
				 "latitude":46.678,"longitude":127.944}""".formatted(station, town);
		String created = create("admin", sub).andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("SUB"))
			.andExpect(jsonPath("$.parentId").value(station))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		this.mvc.perform(get("/api/v1/checkpoints/{id}", id).with(basic("commander")))
			.andExpect(jsonPath("$.name").value("神树火车站南出口分卡点"));
		create("admin", sub).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
		create("commander", sub.replace("SUB-T1", "SUB-T2")).andExpect(status().isForbidden());
	}

	@Test
	void theRegistryPageIsForAdministrators() throws Exception {
		this.mvc.perform(get("/checkpoints/new").session(org.fangkong.support.DemoUsers.session(this.mvc, "admin")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/checkpoints/new").session(org.fangkong.support.DemoUsers.session(this.mvc, "commander")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/checkpoints/new").session(org.fangkong.support.DemoUsers.session(this.mvc, "admin"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("code", "")
				.param("name", "新卡点")
				.param("kind", "VILLAGE"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("此项必填")));
	}

	@Test
	void aSubCheckpointNeedsAParentAndEveryBadFieldIsNamed() throws Exception {
		create("admin", """
				{"code":"","name":"","kind":"SUB","jurisdictionId":999999,"latitude":123}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("code", "name",
					"parentId", "jurisdictionId", "latitude")));
	}

}
