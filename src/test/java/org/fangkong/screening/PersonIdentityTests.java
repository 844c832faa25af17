package org.fangkong.screening;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.RegistrationJson;
import org.fangkong.support.ScreeningCalls;
import org.fangkong.support.ScreeningJson;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fangkong.support.DemoUsers.basic;
import static org.fangkong.support.DemoUsers.session;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #9 item 1 (SECURITY.md AC1, AC3, AC7): a known ID number does not open another
 * jurisdiction's person. {@code grid2} (新一村) reports the ID of a 东岗社区 resident by every
 * path that takes one; the resident is neither disclosed, changed nor moved, and the move
 * waits for {@code township} (铁力镇, which holds 东岗社区).
 */
@IntegrationTest
class PersonIdentityTests {

	static final String PHONE = "13900001234";

	static final String ADDRESS = "东岗社区 机密路 9 号";

	@Autowired
	MockMvc mvc;

	ScreeningCalls calls;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	JdbcTemplate jdbc;

	DemoTree tree;

	@BeforeEach
	void setUp() {
		this.calls = new ScreeningCalls(this.mvc);
		this.tree = new DemoTree(this.jurisdictions, this.checkpoints);
	}

	/** A 东岗社区 resident reported by {@code grid}; their person id. */
	long resident(String idNumber) throws Exception {
		String body = ScreeningJson.in(this.tree.node("东岗社区"))
			.idNumber(idNumber)
			.name("东岗居民")
			.phone(PHONE)
			.json()
			.replaceFirst("\\{", "{\"currentAddress\":\"" + ADDRESS + "\",");
		String answer = this.mvc.perform(
				post("/api/v1/screenings").with(basic("grid")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(answer, "$.personId")).longValue();
	}

	String reportByGrid2(String idNumber) throws Exception {
		String body = ScreeningJson.in(this.tree.node("新一村"))
			.idNumber(idNumber)
			.name("新一村报告")
			.phone("13900005678")
			.json();
		return this.mvc.perform(
				post("/api/v1/screenings").with(basic("grid2")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	void assertUnchanged(long person) throws Exception {
		this.mvc.perform(get("/api/v1/persons/{id}", person).with(basic("grid")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("东岗居民"))
			.andExpect(jsonPath("$.phone").value(PHONE))
			.andExpect(jsonPath("$.grid.name").value("东岗社区"));
		assertThat(this.jdbc.queryForObject("select current_address from person where id = ?", String.class, person))
			.isEqualTo(ADDRESS);
		assertThat(this.jdbc.queryForObject("select grid_id from person where id = ?", Long.class, person))
			.isEqualTo(this.tree.node("东岗社区"));
	}

	@Test
	void grid2LearnsChangesAndMovesNothingAndTheTownshipDecides() throws Exception {
		String id = TestIds.next();
		long person = resident(id);
		String answer = reportByGrid2(id);
		assertThat(answer).doesNotContain(PHONE).doesNotContain(ADDRESS).doesNotContain("东岗居民").doesNotContain("东岗社区");
		assertThat(JsonPath.read(answer, "$.name").toString()).isEqualTo("新一村报告");
		assertThat(((Number) JsonPath.read(answer, "$.personId")).longValue()).isNotEqualTo(person);
		assertUnchanged(person);
		// an unknown ID: an answer of the same shape
		String fresh = reportByGrid2(TestIds.next());
		assertThat(keys(fresh)).isEqualTo(keys(answer));
		assertThat(JsonPath.read(fresh, "$.grid.name").toString()).isEqualTo(JsonPath.read(answer, "$.grid.name"));
		assertThat(JsonPath.read(fresh, "$.status").toString()).isEqualTo(JsonPath.read(answer, "$.status"));
		// the request: the township holding 东岗社区 sees it and approves; grid2 may not
		String pending = this.mvc.perform(get("/api/v1/screening/transfers").with(basic("township")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(pending, "$[?(@.personId == " + person + ")].id");
		assertThat(ids).hasSize(1);
		long transfer = ids.get(0).longValue();
		this.mvc.perform(get("/api/v1/screening/transfers").with(basic("grid2"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/screening/transfers/{id}/approve", transfer).with(basic("grid2")))
			.andExpect(status().isForbidden());
		assertUnchanged(person);
		this.mvc.perform(post("/api/v1/screening/transfers/{id}/approve", transfer).with(basic("township")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		this.mvc.perform(get("/api/v1/persons/{id}", person).with(basic("grid"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/persons/{id}", person).with(basic("grid2")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grid.name").value("新一村"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where target_type = 'person' and target_id = ? and detail like ?",
				Long.class, Long.toString(person), "transfer " + transfer + "%approved"))
			.isEqualTo(1L);
		this.mvc.perform(post("/api/v1/screening/transfers/{id}/approve", transfer).with(basic("township")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theTownshipFindsTheRequestOnItsHomePageAndDecidesOnThePage() throws Exception {
		String id = TestIds.next();
		long person = resident(id);
		reportByGrid2(id);
		this.mvc.perform(get("/").session(session(this.mvc, "township")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"transfers-card\"")));
		this.mvc.perform(get("/").session(session(this.mvc, "grid2")))
			.andExpect(content().string(not(containsString("transfers-card"))));
		String page = this.mvc.perform(get("/screening/transfers").session(session(this.mvc, "township")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("东岗居民").contains("新一村").contains("transfer-approve");
		List<Number> ids = JsonPath.read(this.mvc.perform(get("/api/v1/screening/transfers").with(basic("township")))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[?(@.personId == " + person + ")].id");
		this.mvc
			.perform(post("/screening/transfers/{id}/reject", ids.get(0)).session(session(this.mvc, "township"))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "transfer.rejected"));
		assertUnchanged(person);
		this.mvc.perform(get("/screening/transfers").session(session(this.mvc, "grid2")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theImportsDryRunSaysTheSameForAPersonElsewhereAndAnUnknownOneAndItsCommitMovesNobody() throws Exception {
		String id = TestIds.next();
		long person = resident(id);
		String unknown = TestIds.next();
		String known = this.calls.importFile("grid2", row(id), true)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String other = this.calls.importFile("grid2", row(unknown), true)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(known).isEqualTo(other);
		assertThat(JsonPath.read(known, "$.created").toString()).isEqualTo("1");
		this.calls.importFile("grid2", row(id), false)
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.rejected", hasSize(0)));
		assertUnchanged(person);
		this.mvc.perform(get("/api/v1/screening/transfers").with(basic("township")))
			.andExpect(jsonPath("$[?(@.personId == " + person + ")]", hasSize(1)));
	}

	/**
	 * A person with no open screening (released): before the fix, a report of their ID
	 * rewrote their name and phone and moved them into the reporter's grid.
	 */
	@Test
	void aReleasedPersonOfAnotherGridIsNeitherRenamedNorMoved() throws Exception {
		String id = TestIds.next();
		long person = resident(id);
		this.jdbc
			.update("update screening set status = 'RELEASED', released_on = measure_start, released_by = 'township'"
					+ " where person_id = ?", person);
		String answer = reportByGrid2(id);
		assertThat(answer).doesNotContain(PHONE).doesNotContain(ADDRESS).doesNotContain("东岗居民");
		assertUnchanged(person);
		assertThat(this.jdbc.queryForObject("select name from person where id = ?", String.class, person))
			.isEqualTo("东岗居民");
	}

	@Test
	void aCrewRegistrationBoundFor新一村DoesNotMoveThePerson() throws Exception {
		String id = TestIds.next();
		long person = resident(id);
		String body = RegistrationJson.crossing()
			.idNumber(id)
			.name("卡点改名")
			.phone("13900009999")
			.origin("HUBEI", "湖北省武汉市")
			.destination(this.tree.firstHousehold("新一村"))
			.json();
		this.mvc
			.perform(post("/api/v1/checkpoints/{id}/registrations", this.tree.checkpoint("神树火车站")).with(basic("crew"))
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select count(*) from person_transfer where person_id = ? and requested_by = 'system'", Long.class,
					person))
				.isEqualTo(1L));
		assertUnchanged(person);
		this.mvc.perform(get("/api/v1/persons/{id}", person).with(basic("grid2"))).andExpect(status().isNotFound());
	}

	static java.util.Set<String> keys(String json) {
		java.util.Map<String, Object> map = JsonPath.read(json, "$");
		return map.keySet();
	}

	static byte[] row(String idNumber) throws Exception {
		return ScreeningApiTests.workbook(List.of(
				List.of("姓名", "性别", "证件类型", "证件号码", "联系电话", "来源地类别", "来源地", "到达日期", "交通方式", "车次/航班/车牌", "现住址",
						"所属网格(编码)", "管控措施", "开始日期", "备注"),
				List.of("新一村导入", "男", "居民身份证", idNumber, "13900006666", "武汉", "武汉市", "2020-02-01", "火车", "K27", "新一村3组",
						"230781201001", "", "", "")));
	}

}
