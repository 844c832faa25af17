package org.fangkong.screening;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.ScreeningCalls;
import org.fangkong.support.RegistrationJson;
import org.fangkong.support.TestClock;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fangkong.support.DemoUsers.basic;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #4 end to end on PostgreSQL: arrival to ledger, the jurisdiction matrix, checks,
 * release, Excel.
 */
@IntegrationTest
class ScreeningApiTests {

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

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	/** A HUBEI traveller registered at 神树火车站 bound for the first household of 东岗社区. */
	long arriveFromHubei(String idNumber) throws Exception {
		long station = this.tree.checkpoint("神树火车站");
		long household = this.tree.firstHousehold("东岗社区");
		String body = RegistrationJson.crossing()
			.idNumber(idNumber)
			.name("周返乡")
			.phone("13900007777")
			.origin("HUBEI", "湖北省武汉市")
			.destination(household)
			.json();
		this.mvc
			.perform(post("/api/v1/checkpoints/{id}/registrations", station).with(basic("crew"))
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> this.mvc.perform(get("/api/v1/persons").param("idNumber", idNumber).with(basic("grid")))
						.andExpect(jsonPath("$", hasSize(1))));
		String persons = this.mvc.perform(get("/api/v1/persons").param("idNumber", idNumber).with(basic("grid")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(persons, "$[0].id")).longValue();
	}

	long screeningOf(String idNumber) throws Exception {
		String ledger = this.mvc.perform(get("/api/v1/screenings").param("size", "200").with(basic("grid")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(ledger, "$.content[?(@.idNumber == '" + idNumber + "')].id");
		return ids.get(0).longValue();
	}

	@Test
	void aHubeiArrivalAppearsInTheGridsLedgerUnderHomeObservationWithTheHouseholdsCadre() throws Exception {
		String id = TestIds.next();
		long person = arriveFromHubei(id);
		JurisdictionView household = this.jurisdictions.find(this.tree.firstHousehold("东岗社区")).orElseThrow();
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		this.mvc.perform(get("/api/v1/persons/{id}", person).with(basic("grid")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("周返乡"))
			.andExpect(jsonPath("$.grid.name").value("东岗社区"))
			.andExpect(jsonPath("$.measure").value("HOME_OBSERVATION"))
			.andExpect(jsonPath("$.status").value("UNDER_MEASURE"))
			.andExpect(jsonPath("$.measureStart").value(today.toString()))
			.andExpect(jsonPath("$.measureEnd").value(today.plusDays(14).toString()))
			.andExpect(jsonPath("$.idNumberMasked").value(id.substring(0, 4) + "**********" + id.substring(14)))
			.andExpect(jsonPath("$.responsible[0].level").value("HOUSEHOLD"))
			.andExpect(jsonPath("$.responsible[0].name").value(household.responsible().name()))
			.andExpect(jsonPath("$.responsible[3].level").value("TOWNSHIP"));
		long screening = screeningOf(id);
		this.mvc.perform(get("/api/v1/screenings/{id}", screening).with(basic("grid")))
			.andExpect(jsonPath("$.screening.leadSource").value("CHECKPOINT"))
			.andExpect(jsonPath("$.history[0].action").value("CREATED"));
	}

	@Test
	void grid2CannotReachThatPersonByAnyRouteButTheTownshipCan() throws Exception {
		String id = TestIds.next();
		long person = arriveFromHubei(id);
		long screening = screeningOf(id);
		// by search, by id, by list, by export, by child record
		this.mvc.perform(get("/api/v1/persons").param("idNumber", id).with(basic("grid2")))
			.andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get("/api/v1/persons/{id}", person).with(basic("grid2"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/screenings/{id}", screening).with(basic("grid2")))
			.andExpect(status().isNotFound());
		String list = this.mvc.perform(get("/api/v1/screenings").param("size", "200").with(basic("grid2")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).doesNotContain(id).doesNotContain("周返乡");
		byte[] export = this.mvc.perform(get("/api/v1/screenings/export").with(basic("grid2")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(cells(export)).noneMatch((cell) -> cell.contains(id));
		this.mvc
			.perform(post("/api/v1/screenings/{id}/checks", screening).with(basic("grid2"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"temperature\":36.5}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/screenings").param("gridId", String.valueOf(this.tree.node("东岗社区")))
				.with(basic("grid2")))
			.andExpect(status().isNotFound());
		// the township of 铁力镇 sees it all
		this.mvc.perform(get("/api/v1/persons").param("idNumber", id).with(basic("township")))
			.andExpect(jsonPath("$", hasSize(1)));
		this.mvc.perform(get("/api/v1/persons/{id}", person).with(basic("township")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber").value(id));
		this.mvc.perform(get("/api/v1/screenings/{id}", screening).with(basic("township"))).andExpect(status().isOk());
		assertThat(cells(this.mvc.perform(get("/api/v1/screenings/export").with(basic("township")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray())).contains(id);
		// roles outside screening get nothing
		this.mvc.perform(get("/api/v1/screenings").with(basic("hotline"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/persons/{id}", person).with(basic("crew"))).andExpect(status().isForbidden());
	}

	@Test
	void aResponsibleCadreCanBeNamedForOnePerson() throws Exception {
		String id = TestIds.next();
		long person = arriveFromHubei(id);
		long screening = screeningOf(id);
		String override = "{\"level\":\"HOUSEHOLD\",\"name\":\"卫指定\",\"title\":\"驻村工作队\",\"phone\":\"13700005555\"}";
		this.mvc
			.perform(post("/api/v1/screenings/{id}/responsible", screening).with(basic("grid"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(override))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/screenings/{id}/responsible", screening).with(basic("township"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(override))
			.andExpect(status().isNoContent());
		JurisdictionView household = this.jurisdictions.find(this.tree.firstHousehold("东岗社区")).orElseThrow();
		JurisdictionView building = this.jurisdictions.find(household.parentId()).orElseThrow();
		this.mvc.perform(get("/api/v1/persons/{id}", person).with(basic("grid")))
			.andExpect(jsonPath("$.responsible[0].name").value("卫指定"))
			.andExpect(jsonPath("$.responsible[1].name").value(building.responsible().name()));
	}

	@Test
	void aFeverOnADailyCheckIsReferredToTheMedics() throws Exception {
		String id = TestIds.next();
		arriveFromHubei(id);
		long screening = screeningOf(id);
		this.mvc
			.perform(post("/api/v1/screenings/{id}/checks", screening).with(basic("grid"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"temperature\":38.1,\"symptoms\":\"咳嗽\",\"atHome\":true}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.temperature").value(38.1))
			.andExpect(jsonPath("$.checkedBy").value("grid"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> this.mvc.perform(get("/api/v1/referrals").with(basic("medic")))
				.andExpect(jsonPath("$[?(@.source == 'DAILY_CHECK' && @.name == '周返乡')]").isNotEmpty()));
		this.mvc
			.perform(post("/api/v1/screenings/{id}/checks", screening).with(basic("grid"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"temperature\":45}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("temperature"));
	}

	@Test
	void aReleaseNeedsARoleAboveTheGridWorkerAndTheEndOfTheMeasure() throws Exception {
		String id = TestIds.next();
		arriveFromHubei(id);
		long screening = screeningOf(id);
		LocalDate end = LocalDate.now(this.clock).plusDays(14);
		this.mvc.perform(post("/api/v1/screenings/{id}/release", screening).with(basic("grid")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/screenings/{id}/release", screening).with(basic("township")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("releasedOn"));
		this.clock.advance(Duration.ofDays(14));
		this.mvc
			.perform(post("/api/v1/screenings/{id}/release", screening).with(basic("township"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"releasedOn\":\"" + end + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RELEASED"))
			.andExpect(jsonPath("$.releasedOn").value(end.toString()))
			.andExpect(jsonPath("$.releasedBy").value("township"));
		this.mvc.perform(get("/api/v1/screenings/{id}", screening).with(basic("grid")))
			.andExpect(jsonPath("$.history[-1].action").value("RELEASED"))
			.andExpect(jsonPath("$.history[-1].actor").value("township"));
	}

	/**
	 * Issue #7: the release rule reads the clock, not the request. One day after arrival
	 * the release is refused whatever {@code releasedOn} says; once released, the
	 * screening is neither released again nor closed.
	 */
	@Test
	void releasingOneDayAfterArrivalIsRefusedWhateverReleasedOnSays() throws Exception {
		String id = TestIds.next();
		arriveFromHubei(id);
		long screening = screeningOf(id);
		LocalDate arrived = LocalDate.now(this.clock);
		this.clock.advance(Duration.ofDays(1));
		for (String body : List.of("", "{}", "{\"releasedOn\":\"" + arrived.plusDays(14) + "\"}",
				"{\"releasedOn\":\"" + arrived.plusDays(30) + "\"}", "{\"releasedOn\":\"" + arrived + "\"}")) {
			this.mvc
				.perform(post("/api/v1/screenings/{id}/release", screening).with(basic("township"))
					.header("Accept-Language", "en")
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("releasedOn"))
				.andExpect(jsonPath("$.errors[0].message")
					.value("The measure runs until " + arrived.plusDays(14) + "; it cannot be released before."));
		}
		this.mvc.perform(get("/api/v1/screenings/{id}", screening).with(basic("township")))
			.andExpect(jsonPath("$.screening.status").value("UNDER_MEASURE"))
			.andExpect(jsonPath("$.canRelease").value(false));
		this.clock.advance(Duration.ofDays(13));
		this.mvc
			.perform(post("/api/v1/screenings/{id}/release", screening).with(basic("township"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"releasedOn\":\"" + arrived.plusDays(15) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("releasedOn"));
		this.mvc.perform(post("/api/v1/screenings/{id}/release", screening).with(basic("township")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.releasedOn").value(arrived.plusDays(14).toString()));
		this.mvc.perform(post("/api/v1/screenings/{id}/release", screening).with(basic("township")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		this.mvc
			.perform(post("/api/v1/screenings/{id}/lead-check", screening).with(basic("township"))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"result\":\"WRONG_DATA\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("This screening is released or closed; it can no longer be changed."));
		this.mvc.perform(get("/api/v1/screenings/{id}", screening).with(basic("township")))
			.andExpect(jsonPath("$.screening.status").value("RELEASED"));
	}

	@Test
	void theGridReportsAScreeningAndBadInputIsNamedFieldByField() throws Exception {
		long xinYi = this.tree.node("新一村");
		String id = TestIds.next();
		String body = """
				{"name":"吴外省","idType":"RESIDENT_ID","idNumber":"%s","phone":"13900008888","gridId":%d,
				 "leadSource":"GRID_FOUND","originClass":"WUHAN","originPlace":"武汉市","arrivalDate":"%s",
				 "transportMode":"AIR","transportNumber":"CZ6001","stopovers":"哈尔滨","companions":"妻子"}""".formatted(id,
				xinYi, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(2));
		this.mvc.perform(
				post("/api/v1/screenings").with(basic("grid2")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.measure").value("HOME_OBSERVATION"))
			.andExpect(jsonPath("$.sex").value(org.fangkong.shared.ResidentIdNumber.sex(id)))
			.andExpect(jsonPath("$.trip.stopovers").value("哈尔滨"));
		this.mvc.perform(
				post("/api/v1/screenings").with(basic("grid")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("gridId"));
		String bad = """
				{"name":"","idNumber":"230781199001011230","phone":"123","gridId":%d,"originClass":"MARS"}"""
			.formatted(xinYi);
		this.mvc.perform(
				post("/api/v1/screenings").with(basic("grid2")).contentType(MediaType.APPLICATION_JSON).content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("name", "idNumber", "phone", "originClass")));
	}

	@Test
	void anExportedLedgerReimportedInDryRunChangesNothing() throws Exception {
		arriveFromHubei(TestIds.next());
		byte[] export = this.mvc.perform(get("/api/v1/screenings/export").with(basic("grid")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		this.calls.importFile("grid", export, true)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.updated").value(0))
			.andExpect(jsonPath("$.rejected", hasSize(0)))
			.andExpect(jsonPath("$.unchanged").value(org.hamcrest.Matchers.greaterThan(0)));
	}

	@Test
	void anImportRunsDryFirstReportsBadRowsAndThenCommits() throws Exception {
		String good = TestIds.next();
		String other = TestIds.next();
		String outside = TestIds.next();
		byte[] file = workbook(List.of(
				List.of("姓名", "性别", "证件类型", "证件号码", "联系电话", "来源地类别", "来源地", "到达日期", "交通方式", "车次/航班/车牌", "现住址",
						"所属网格(编码)", "管控措施", "开始日期", "备注"),
				List.of("郑导入", "男", "居民身份证", good, "13900006666", "武汉", "武汉市", "2020-02-01", "火车", "K27", "东岗社区1号楼",
						"230781100001", "", "", "上级下发"),
				List.of("王错号", "男", "居民身份证", "230781199001011230", "", "外省", "", "2020-02-01", "", "", "",
						"230781100001", "", "", ""),
				List.of("", "", "", other, "", "武汉", "", "", "", "", "", "230781100001", "", "", ""),
				List.of("李外网", "", "", outside, "", "武汉", "", "", "", "", "", "230781201001", "", "", "")));
		this.calls.importFile("grid", file, true)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(1))
			.andExpect(jsonPath("$.dryRun").value(true))
			.andExpect(jsonPath("$.rejected[?(@.row == 3)].field").value("证件号码"))
			.andExpect(jsonPath("$.rejected[?(@.row == 4)].field").value("姓名"))
			.andExpect(jsonPath("$.rejected[?(@.row == 5)].field").value("所属网格(编码)"));
		this.mvc.perform(get("/api/v1/persons").param("idNumber", good).with(basic("grid")))
			.andExpect(jsonPath("$", hasSize(0)));
		this.calls.importFile("grid", file, false).andExpect(jsonPath("$.created").value(1));
		this.mvc.perform(get("/api/v1/persons").param("idNumber", good).with(basic("grid")))
			.andExpect(jsonPath("$[0].measure").value("HOME_OBSERVATION"))
			.andExpect(jsonPath("$[0].measureEnd").value("2020-02-15"));
		this.calls.importFile("grid", file, true)
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.unchanged").value(1));
	}

	/**
	 * A file saved by a real office suite: LibreOffice Calc converted
	 * {@code ledger-saved-by-libreoffice.csv} to .xlsx (ID numbers and phones as text,
	 * dates as date cells), as an office would prepare a handed-down list.
	 */
	@Test
	void aWorkbookSavedByLibreOfficeImports() throws Exception {
		byte[] file = new org.springframework.core.io.ClassPathResource("fixtures/ledger-saved-by-libreoffice.xlsx")
			.getContentAsByteArray();
		this.calls.importFile("grid", file, true)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.rejected", hasSize(1)))
			.andExpect(jsonPath("$.rejected[0].row").value(4))
			.andExpect(jsonPath("$.rejected[0].field").value("证件号码"));
		this.calls.importFile("grid", file, false).andExpect(jsonPath("$.created").value(2));
		this.mvc.perform(get("/api/v1/persons").param("idNumber", "230781197503050319").with(basic("grid")))
			.andExpect(jsonPath("$[0].name").value("林表格"))
			.andExpect(jsonPath("$[0].measure").value("HOME_OBSERVATION"))
			.andExpect(jsonPath("$[0].measureStart").value("2020-02-03"))
			.andExpect(jsonPath("$[0].measureEnd").value("2020-02-17"));
		this.mvc.perform(get("/api/v1/persons").param("idNumber", "230781198807120229").with(basic("grid")))
			.andExpect(jsonPath("$[0].measure").value("HOME_MONITORING"))
			.andExpect(jsonPath("$[0].phone").value("13900002222"));
	}

	@Test
	void duplicatesEnteredBeforeTheIdWasKnownAreMerged() throws Exception {
		long xinYi = this.tree.node("新一村");
		String id = TestIds.next();
		String withoutId = """
				{"name":"褚无证","gridId":%d,"originClass":"OTHER_PROVINCE","arrivalDate":"2020-02-01"}"""
			.formatted(xinYi);
		String withId = """
				{"name":"褚无证","idNumber":"%s","gridId":%d,"originClass":"OTHER_PROVINCE","arrivalDate":"2020-02-02"}"""
			.formatted(id, xinYi);
		String first = this.mvc
			.perform(post("/api/v1/screenings").with(basic("grid2"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(withoutId))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = this.mvc.perform(
				post("/api/v1/screenings").with(basic("grid2")).contentType(MediaType.APPLICATION_JSON).content(withId))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long duplicate = ((Number) JsonPath.read(first, "$.personId")).longValue();
		long survivor = ((Number) JsonPath.read(second, "$.personId")).longValue();
		long moved = ((Number) JsonPath.read(first, "$.id")).longValue();
		this.mvc
			.perform(post("/api/v1/persons/{id}/merge", survivor).with(basic("grid2"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"duplicateId\":" + duplicate + "}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/persons/{id}/merge", survivor).with(basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"duplicateId\":" + duplicate + "}"))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/persons/{id}", duplicate).with(basic("grid2"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/screenings/{id}", moved).with(basic("grid2")))
			.andExpect(jsonPath("$.screening.personId").value(survivor))
			.andExpect(jsonPath("$.history[-1].action").value("MERGED"));
	}

	/**
	 * Issue #7 item 6: the ledger pages by keyset — a page's {@code next} as
	 * {@code after} gives the same rows as the page number — in every sort, and refuses a
	 * cursor made for another sort.
	 */
	@Test
	void theLedgerPagesByKeysetLikeByPageNumber() throws Exception {
		long xinYi = this.tree.node("新一村");
		for (int i = 0; i < 3; i++) {
			String body = """
					{"name":"翁分页%d","idNumber":"%s","gridId":%d,"originClass":"LOCAL","arrivalDate":"2020-02-0%d"}"""
				.formatted(i, TestIds.next(), xinYi, i + 1);
			this.mvc
				.perform(post("/api/v1/screenings").with(basic("grid2"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isCreated());
		}
		for (String sort : List.of("createdAt", "name", "arrivalDate", "measureEnd", "status")) {
			for (String dir : List.of("asc", "desc")) {
				String first = ledger("sort", sort, "dir", dir, "size", "2");
				String next = JsonPath.read(first, "$.next");
				assertThat(next).isNotNull();
				List<Number> byNumber = JsonPath.read(ledger("sort", sort, "dir", dir, "size", "2", "page", "1"),
						"$.content[*].id");
				List<Number> byCursor = JsonPath
					.read(ledger("sort", sort, "dir", dir, "size", "2", "page", "1", "after", next), "$.content[*].id");
				assertThat(byCursor).as(sort + " " + dir).isEqualTo(byNumber);
			}
		}
		String next = JsonPath.read(ledger("sort", "name", "size", "2"), "$.next");
		this.mvc.perform(get("/api/v1/screenings").param("sort", "status").param("after", next).with(basic("grid2")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("after"));
	}

	String ledger(String... params) throws Exception {
		var request = get("/api/v1/screenings").with(basic("grid2"));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void onlyRealWorkbooksAreAccepted() throws Exception {
		this.calls.importFile("grid", "姓名,证件号码\n张三,1".getBytes(), true)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		this.calls.importFile("hotline", workbook(List.of(List.of("姓名"))), true).andExpect(status().isForbidden());
	}

	@Test
	void exportedCellsCannotStartAFormula() {
		assertThat(org.fangkong.shared.SpreadsheetCells.neutralise("=HYPERLINK(\"http://x\")"))
			.isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(org.fangkong.shared.SpreadsheetCells.neutralise("+1")).isEqualTo("'+1");
		assertThat(org.fangkong.shared.SpreadsheetCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(org.fangkong.shared.SpreadsheetCells.neutralise("东岗社区")).isEqualTo("东岗社区");
	}

	static byte[] workbook(List<List<String>> rows) throws Exception {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					if (!rows.get(r).get(c).isEmpty()) {
						row.createCell(c).setCellValue(rows.get(r).get(c));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static List<String> cells(byte[] xlsx) throws Exception {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> cells = new java.util.ArrayList<>();
			for (Row row : workbook.getSheetAt(0)) {
				row.forEach((cell) -> cells.add(cell.toString()));
			}
			return cells;
		}
	}

}
