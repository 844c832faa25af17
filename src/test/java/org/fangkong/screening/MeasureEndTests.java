package org.fangkong.screening;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.ScreeningCalls;
import org.fangkong.support.ScreeningJson;
import org.fangkong.support.TestClock;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.fangkong.support.DemoUsers.basic;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #9 item 2 (R-SCR-2): ending a measure always needs an approver. A lead check does
 * not close a screening under a measure, an import row with 管控措施 无 does not end one (the
 * row is rejected with its reason), and the release is refused before the planned end or
 * for a day to come, by the clock.
 */
@IntegrationTest
class MeasureEndTests {

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

	ResultActions leadCheck(long screening, String result) throws Exception {
		return this.mvc.perform(post("/api/v1/screenings/{id}/lead-check", screening).with(basic("grid"))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"result\":\"" + result + "\"}"));
	}

	@Test
	void aLeadCheckDoesNotCloseAScreeningUnderAMeasure() throws Exception {
		long dongGang = this.tree.node("东岗社区");
		long under = this.calls.report("grid",
				ScreeningJson.in(dongGang).leadSource("HANDED_DOWN").origin("WUHAN", "武汉市"));
		for (String result : List.of("WRONG_DATA", "NOT_LIVING_HERE", "ALREADY_SCREENED")) {
			leadCheck(under, result).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("result"))
				.andExpect(jsonPath("$.errors[0].message")
					.value("This person is under a measure: a lead check cannot end it; "
							+ "the measure ends by an approved release."));
		}
		this.mvc.perform(get("/api/v1/screenings/{id}", under).with(basic("grid")))
			.andExpect(jsonPath("$.screening.status").value("UNDER_MEASURE"))
			.andExpect(jsonPath("$.screening.leadCheck").doesNotExist())
			.andExpect(jsonPath("$.history", hasSize(1)));
		// confirming the lead records the check and leaves the measure as it is
		leadCheck(under, "CONFIRMED_HERE").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UNDER_MEASURE"))
			.andExpect(jsonPath("$.leadCheck").value("CONFIRMED_HERE"));
		// only an unchecked handed-down lead without a measure is closed by a check
		long found = this.calls.report("grid", ScreeningJson.in(dongGang).origin("LOCAL", "本市"));
		leadCheck(found, "WRONG_DATA").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("result"));
		long handed = this.calls.report("grid",
				ScreeningJson.in(dongGang).leadSource("HANDED_DOWN").origin("LOCAL", "本市"));
		leadCheck(handed, "NOT_LIVING_HERE").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
	}

	@Test
	void anImportRowWithNoMeasureDoesNotEndAMeasure() throws Exception {
		String id = TestIds.next();
		List<String> header = List.of("姓名", "证件号码", "来源地类别", "到达日期", "所属网格(编码)", "管控措施", "开始日期");
		byte[] placed = ScreeningApiTests
			.workbook(List.of(header, List.of("钱措施", id, "武汉", "2020-02-01", "230781100001", "居家观察", "2020-02-01")));
		this.calls.importFile("grid", placed, false, "en").andExpect(jsonPath("$.created").value(1));
		byte[] none = ScreeningApiTests
			.workbook(List.of(header, List.of("钱措施改", id, "武汉", "2020-02-01", "230781100001", "无", "")));
		for (boolean dryRun : List.of(true, false)) {
			this.calls.importFile("grid", none, dryRun, "en")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.updated").value(0))
				.andExpect(jsonPath("$.rejected", hasSize(1)))
				.andExpect(jsonPath("$.rejected[0].row").value(2))
				.andExpect(jsonPath("$.rejected[0].field").value("管控措施"))
				.andExpect(jsonPath("$.rejected[0].reason")
					.value("This person is under a measure: it cannot be changed to none; "
							+ "the measure ends by an approved release."));
		}
		this.mvc.perform(get("/api/v1/persons").param("idNumber", id).with(basic("grid")))
			.andExpect(jsonPath("$[0].name").value("钱措施"))
			.andExpect(jsonPath("$[0].measure").value("HOME_OBSERVATION"))
			.andExpect(jsonPath("$[0].status").value("UNDER_MEASURE"))
			.andExpect(jsonPath("$[0].measureEnd").value("2020-02-15"));
	}

	@Test
	void theReleaseNeedsTheClockToHaveReachedThePlannedEndAndNoDayToCome() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		long screening = this.calls.report("grid",
				ScreeningJson.in(this.tree.node("东岗社区")).origin("WUHAN", "武汉市").arrived(today));
		LocalDate end = today.plusDays(14);
		this.clock.advance(Duration.ofDays(13));
		release(screening, end.toString()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("releasedOn"));
		this.clock.advance(Duration.ofDays(1));
		release(screening, end.minusDays(1).toString()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("releasedOn"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("The measure runs until " + end + "; it cannot be released before."));
		release(screening, end.plusDays(1).toString()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("The release date cannot be later than today."));
		this.mvc.perform(get("/api/v1/screenings/{id}", screening).with(basic("township")))
			.andExpect(jsonPath("$.screening.status").value("UNDER_MEASURE"))
			.andExpect(jsonPath("$.canRelease").value(true));
		release(screening, end.toString()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RELEASED"))
			.andExpect(jsonPath("$.releasedOn").value(end.toString()));
	}

	ResultActions release(long screening, String on) throws Exception {
		return this.mvc.perform(post("/api/v1/screenings/{id}/release", screening).with(basic("township"))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"releasedOn\":\"" + on + "\"}"));
	}

}
