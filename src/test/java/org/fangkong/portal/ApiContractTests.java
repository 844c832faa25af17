package org.fangkong.portal;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.support.DemoUsers.basic;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The foundation's API contract (issue 2, item 9) on the demo data. */
@IntegrationTest
class ApiContractTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	DemoTree tree;

	@BeforeEach
	void setUp() {
		this.tree = new DemoTree(this.jurisdictions, this.checkpoints);
	}

	@Test
	void checkpointsListElevenKeyAndSeventyOneVillageCheckpoints() throws Exception {
		String body = this.mvc.perform(get("/api/v1/checkpoints").with(basic("commander")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("KEY"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the demo's checkpoints (KCP…, VCP…): other tests of the same database add their
		// own
		List<String> kinds = JsonPath.read(body, "$[?(@.code =~ /[KV]CP[0-9]+/)].kind");
		assertThat(kinds).filteredOn("KEY"::equals).hasSize(11);
		assertThat(kinds).filteredOn("VILLAGE"::equals).hasSize(71);
		List<Map<String, Object>> all = JsonPath.read(body, "$[?(@.code =~ /[KV]CP[0-9]+/)]");
		assertThat(all).allSatisfy((checkpoint) -> assertThat(checkpoint).containsKeys("id", "code", "name", "kind",
				"latitude", "longitude", "jurisdictionId"));
		assertThat(all)
			.allSatisfy((checkpoint) -> assertThat((Double) checkpoint.get("latitude")).isBetween(46.3, 47.4));
	}

	@Test
	void checkpointsCanBeFilteredByKind() throws Exception {
		this.mvc.perform(get("/api/v1/checkpoints").param("kind", "KEY").with(basic("commander")))
			.andExpect(jsonPath("$[?(@.code =~ /KCP[0-9]+/)]", hasSize(11)))
			.andExpect(jsonPath("$[?(@.kind != 'KEY')]", hasSize(0)));
		this.mvc.perform(get("/api/v1/checkpoints").param("kind", "NONSENSE").with(basic("commander")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
	}

	@Test
	void meOfTheCrewNamesShenshuStationAlone() throws Exception {
		long station = this.tree.checkpoint("神树火车站");
		this.mvc.perform(get("/api/v1/me").with(basic("crew")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("crew"))
			.andExpect(jsonPath("$.roles", hasSize(1)))
			.andExpect(jsonPath("$.roles[0]").value("CHECKPOINT_CREW"))
			.andExpect(jsonPath("$.jurisdiction.id").value(this.tree.node("神树镇")))
			.andExpect(jsonPath("$.jurisdiction.name").value("神树镇"))
			.andExpect(jsonPath("$.checkpoints", hasSize(1)))
			.andExpect(jsonPath("$.checkpoints[0]").value(station))
			.andExpect(jsonPath("$.checkpointDetails[0].name").value("神树火车站"));
	}

	@Test
	void meOfTheGridWorkerNamesTheirCommunity() throws Exception {
		this.mvc.perform(get("/api/v1/me").with(basic("grid")))
			.andExpect(jsonPath("$.jurisdiction.name").value("东岗社区"))
			.andExpect(jsonPath("$.checkpoints", hasSize(0)));
	}

	@Test
	void theCommanderSeesTheWholeTree() throws Exception {
		String body = this.mvc.perform(get("/api/v1/jurisdictions").with(basic("commander")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].name").value("铁力市"))
			.andExpect(jsonPath("$[0].kind").value("CITY"))
			.andExpect(jsonPath("$[0].children", hasSize(8)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the demo city's nodes (tests add households of their own, marked not demo)
		List<Object> grids = JsonPath.read(body, "$..[?(@.kind in ['VILLAGE','COMMUNITY'] && @.demo == true)].id");
		assertThat(grids).hasSize(71);
		List<Object> households = JsonPath.read(body, "$..[?(@.kind == 'HOUSEHOLD' && @.demo == true)].id");
		assertThat(households).hasSize(568);
	}

	@Test
	void theGridWorkerSeesOnlyTheirOwnPartOfTheTree() throws Exception {
		String body = this.mvc.perform(get("/api/v1/jurisdictions").with(basic("grid")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].name").value("东岗社区"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> names = JsonPath.read(body, "$..name");
		assertThat(names).contains("东岗社区").doesNotContain("铁力市", "铁力镇", "新一村", "工农乡");
		List<Object> ids = JsonPath.read(body, "$..[?(@.demo == true)].id");
		assertThat(ids).hasSize(1 + 2 + 8);
	}

	@Test
	void aNodeOutsideTheCallersScopeIsNotFound() throws Exception {
		this.mvc.perform(get("/api/v1/jurisdictions/{id}", this.tree.node("新一村")).with(basic("grid")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
		this.mvc.perform(get("/api/v1/jurisdictions/{id}", this.tree.node("新一村")).with(basic("grid2")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.children", hasSize(2)));
	}

	@Test
	void theResponsibilityChainOfAHouseholdRunsUpToTheTownship() throws Exception {
		long household = this.tree.firstHousehold("新一村");
		this.mvc.perform(get("/api/v1/jurisdictions/{id}/responsibility-chain", household).with(basic("grid2")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].level")
				.value(org.hamcrest.Matchers.contains("HOUSEHOLD", "GROUP", "VILLAGE", "TOWNSHIP")))
			.andExpect(jsonPath("$[2].nodeName").value("新一村"))
			.andExpect(jsonPath("$[3].nodeName").value("工农乡"))
			.andExpect(jsonPath("$[3].responsible.title").value(containsString("市")));
	}

	@Test
	void phonesAreMaskedForRolesThatDoNotNeedThem() throws Exception {
		this.mvc.perform(get("/api/v1/jurisdictions").with(basic("volunteer")))
			.andExpect(jsonPath("$[0].responsible.phone")
				.value(org.hamcrest.Matchers.matchesPattern("\\d{3}\\*{4}\\d{4}")));
		this.mvc.perform(get("/api/v1/jurisdictions").with(basic("township")))
			.andExpect(jsonPath("$[0].responsible.phone").value(org.hamcrest.Matchers.matchesPattern("\\d{11}")));
	}

	@Test
	void anAnonymousApiCallGetsA401ProblemWithoutASession() throws Exception {
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void problemsSpeakTheRequestsLanguage() throws Exception {
		this.mvc.perform(get("/api/v1/checkpoints/999999").with(basic("commander")).header("Accept-Language", "en"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("No such record")));
		this.mvc.perform(get("/api/v1/checkpoints/999999").with(basic("commander")))
			.andExpect(jsonPath("$.detail").value(containsString("没有找到")));
	}

	@Test
	void theHealthEndpointAnswersAnonymouslyWithTheStatusOnly() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		this.mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/metrics").with(basic("commander"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/metrics").with(basic("admin"))).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health").with(basic("admin"))).andExpect(jsonPath("$.components.db").exists());
	}

	@Test
	void theOpenApiDocumentDescribesTheApiToSignedInUsersOnly() throws Exception {
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/v3/api-docs").session(org.fangkong.support.DemoUsers.session(this.mvc, "grid")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/me']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/checkpoints']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/jurisdictions']").exists());
	}

}
