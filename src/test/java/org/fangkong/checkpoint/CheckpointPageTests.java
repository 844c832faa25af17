package org.fangkong.checkpoint;

import java.util.stream.Stream;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The crew's pages: the jurisdiction matrix of each route, and the form without
 * JavaScript.
 */
@IntegrationTest
class CheckpointPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	static Stream<Arguments> matrix() {
		// user, checkpoint, route, expected status
		return Stream.of(Arguments.of("crew", "神树火车站", "register", 200), Arguments.of("crew", "神树火车站", "today", 200),
				Arguments.of("crew", "神树火车站", "pending", 200), Arguments.of("crew", "神树火车站", "poster", 200),
				Arguments.of("crew", "铁力收费站", "register", 404), Arguments.of("crew", "铁力收费站", "today", 404),
				Arguments.of("crew", "铁力收费站", "poster", 404), Arguments.of("commander", "神树火车站", "register", 200),
				Arguments.of("commander", "神树火车站", "today", 200), Arguments.of("commander", "神树火车站", "pending", 403),
				Arguments.of("township", "铁力收费站", "today", 200), Arguments.of("township", "神树火车站", "today", 404),
				Arguments.of("grid", "东岗社区卡点", "today", 200), Arguments.of("grid", "新一村村口卡点", "today", 404),
				Arguments.of("grid2", "东岗社区卡点", "register", 404), Arguments.of("medic", "神树火车站", "today", 403),
				Arguments.of("hotline", "神树火车站", "register", 403), Arguments.of("volunteer", "神树火车站", "today", 403));
	}

	@ParameterizedTest(name = "{0} {2} at {1} -> {3}")
	@MethodSource("matrix")
	void crewRoutesFollowTheBindingAndTheJurisdiction(String user, String checkpoint, String route, int expected)
			throws Exception {
		long id = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint(checkpoint);
		int status = this.mvc.perform(get("/checkpoints/{id}/" + route, id).session(DemoUsers.session(this.mvc, user)))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(expected);
	}

	@Test
	void theFormWorksWithoutJavaScriptAndShowsErrorsInPlace() throws Exception {
		long station = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("神树火车站");
		var crew = DemoUsers.session(this.mvc, "crew");
		this.mvc
			.perform(post("/checkpoints/{id}/register", station).session(crew)
				.with(csrf())
				.param("idempotencyKey", java.util.UUID.randomUUID().toString())
				.param("direction", "IN")
				.param("idType", "RESIDENT_ID")
				.param("idNumber", "110105194912310021")
				.param("name", "李四")
				.param("originClass", "LOCAL")
				.param("travelMode", "OTHER")
				.param("temperature", "36.6")
				.param("healthCode", "GREEN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("身份证号码无效")));
		this.mvc
			.perform(post("/checkpoints/{id}/register", station).session(crew)
				.with(csrf())
				.param("idempotencyKey", java.util.UUID.randomUUID().toString())
				.param("direction", "IN")
				.param("idType", "RESIDENT_ID")
				.param("idNumber", "11010519491231002X")
				.param("name", "李四")
				.param("originClass", "LOCAL")
				.param("travelMode", "SELF_DRIVE")
				.param("plate", "黑F12345")
				.param("vehicleClass", "PRIVATE_CAR")
				.param("passengers", "3")
				.param("temperature", "36.6")
				.param("healthCode", "GREEN")
				.param("outcome", "TURNED_BACK")
				.param("keepVehicle", "true"))
			.andExpect(redirectedUrl("/checkpoints/" + station + "/register"))
			.andExpect(flash().attributeExists("registered", "form"));
	}

	@Test
	void thePosterCarriesASignedLinkAndNoPersonalData() throws Exception {
		long station = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("神树火车站");
		this.mvc.perform(get("/checkpoints/{id}/poster", station).session(DemoUsers.session(this.mvc, "crew")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("/q/" + station + "-")));
	}

}
