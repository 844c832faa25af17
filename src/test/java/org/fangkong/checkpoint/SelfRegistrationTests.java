package org.fangkong.checkpoint;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** QR self-registration (issue #3, item 4; SECURITY.md PR3). */
@IntegrationTest
class SelfRegistrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SelfRegistrations selfRegistrations;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	JdbcTemplate jdbc;

	long station;

	String token;

	@BeforeEach
	void setUp() {
		this.station = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("神树火车站");
		this.token = this.selfRegistrations.tokenOf(this.station);
	}

	MockHttpServletRequestBuilder submit(String token, String idNumber, String address) {
		return post("/q/{token}", token).with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		})
			.param("direction", "IN")
			.param("idType", "RESIDENT_ID")
			.param("idNumber", idNumber)
			.param("name", "王自助")
			.param("phone", "13700001111")
			.param("originClass", "OTHER_PROVINCE")
			.param("originPlace", "吉林省长春市")
			.param("travelMode", "TRAIN")
			.param("passengers", "1");
	}

	@Test
	void aTravellerSubmitsWithoutLoginAndTheCrewConfirmsWithATemperature() throws Exception {
		this.mvc.perform(get("/q/{token}", this.token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("仅用于疫情防控")))
			.andExpect(content().string(containsString("神树火车站")));
		String page = this.mvc.perform(submit(this.token, "230781199001011239", "198.51.100.1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = page.replaceAll("(?s).*id=\"self-code\">(\\d{6})<.*", "$1");
		assertThat(code).matches("\\d{6}");

		MockHttpSession crew = DemoUsers.session(this.mvc, "crew");
		String pending = this.mvc.perform(get("/checkpoints/{id}/pending", this.station).session(crew))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("2307**********1239")))
			.andExpect(content().string(not(containsString("230781199001011239"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long selfId = Long.parseLong(pending.replaceAll("(?s).*?/pending/(\\d+)/confirm.*", "$1"));
		long before = this.jdbc.queryForObject("select count(*) from registration where source = 'SELF'", Long.class);
		this.mvc
			.perform(post("/checkpoints/{id}/pending/{sid}/confirm", this.station, selfId).session(crew)
				.with(csrf())
				.param("temperature", "36.7")
				.param("healthCode", "GREEN"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from registration where source = 'SELF'", Long.class))
			.isEqualTo(before + 1);
		this.mvc.perform(get("/checkpoints/{id}/pending", this.station).session(crew))
			.andExpect(content().string(not(containsString(">" + code + "<"))));
	}

	@Test
	void aPendingSelfRegistrationIsNotARegistration() throws Exception {
		long before = this.jdbc.queryForObject("select count(*) from registration", Long.class);
		this.mvc.perform(submit(this.token, "230781198001011234", "198.51.100.2")).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select count(*) from registration", Long.class)).isEqualTo(before);
	}

	@Test
	void aMadeUpTokenFindsNoCheckpoint() throws Exception {
		String forged = this.station + "-0123456789abcdef0123";
		this.mvc.perform(get("/q/{token}", forged)).andExpect(status().isNotFound());
		this.mvc.perform(get("/q/{token}", "1")).andExpect(status().isNotFound());
		assertThat(this.selfRegistrations.checkpointOf(this.token)).isPresent();
	}

	@Test
	void badFieldsAreShownAndNothingIsStored() throws Exception {
		long before = this.jdbc.queryForObject("select count(*) from self_registration", Long.class);
		this.mvc.perform(submit(this.token, "230781199001011230", "198.51.100.3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("身份证号码无效")));
		assertThat(this.jdbc.queryForObject("select count(*) from self_registration", Long.class)).isEqualTo(before);
	}

	@Test
	void submissionsAreRateLimitedPerAddress() throws Exception {
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(submit(this.token, "230781199001011239", "198.51.100.9")).andExpect(status().isOk());
		}
		this.mvc.perform(submit(this.token, "230781199001011239", "198.51.100.9"))
			.andExpect(status().isTooManyRequests());
		this.mvc.perform(submit(this.token, "230781199001011239", "198.51.100.10")).andExpect(status().isOk());
	}

	@Test
	void onlyTheCrewOfTheCheckpointSeesAndConfirmsItsQueue() throws Exception {
		this.mvc
			.perform(get("/checkpoints/{id}/pending", this.station).session(DemoUsers.session(this.mvc, "commander")))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				get("/checkpoints/{id}/pending", new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("铁力收费站"))
					.session(DemoUsers.session(this.mvc, "crew")))
			.andExpect(status().isNotFound());
	}

}
