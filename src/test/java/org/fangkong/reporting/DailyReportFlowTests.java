package org.fangkong.reporting;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.checkpoint.CrewDutyFeed;
import org.fangkong.checkpoint.RegistrationRequest;
import org.fangkong.checkpoint.RegistrationSource;
import org.fangkong.checkpoint.Registrations;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;
import org.fangkong.shared.UnprocessableRequestException;
import org.fangkong.shared.platform.Figure;
import org.fangkong.shared.platform.FigureContributor;
import org.fangkong.shared.platform.FigureWindow;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Issue #10 items 3–6 and 9 on PostgreSQL with the Tieli demo data: the daily report of
 * 东岗社区 goes submit → return → resubmit → the township's approval and stays the same after
 * a later correction of the data; every illegal step is refused and changes nothing; a
 * township's figures are the sum of its grids' and its own node's; the PDF holds the
 * Chinese labels and the workbook the figures. Each test works on a reporting date of its
 * own, days before the one due now, so that the route matrix (which works on the one due
 * now) and the other tests never meet its reports.
 */
@IntegrationTest
class DailyReportFlowTests {

	static final long CREW_ID = 9_100_077L;

	@Autowired
	DailyReports reports;

	@Autowired
	DailyReportExports exports;

	@Autowired
	Figures figures;

	@Autowired
	Registrations registrations;

	@Autowired
	CrewDutyFeed duties;

	@Autowired
	Accounts accounts;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	List<FigureContributor> contributors;

	@Autowired
	MockMvc mvc;

	@Autowired
	LateReports lateReports;

	DemoTree tree;

	Actor crew;

	long gridCheckpoint;

	long donggang;

	@BeforeEach
	void setUp() {
		this.tree = new DemoTree(this.jurisdictions, this.checkpoints);
		this.crew = Actors.user("report-crew").id(CREW_ID).role(Role.CHECKPOINT_CREW).build();
		this.gridCheckpoint = this.tree.checkpoint("东岗社区卡点");
		this.duties.standing(CREW_ID, this.gridCheckpoint, "test");
		this.donggang = this.tree.node("东岗社区");
	}

	@Test
	void donggangsReportGoesSubmitReturnResubmitApproveAndStaysTheSameAfterALaterCorrection() throws Exception {
		LocalDate day = daysBeforeDue(3);
		DailyReportWindows.Window window = this.reports.windows().of(day);
		cross("IN", window.from().plusSeconds(3600));
		cross("IN", window.from().plusSeconds(7200));
		cross("OUT", window.to().minusSeconds(1));

		String draft = api("grid", get("/api/v1/daily-reports").param("date", day.toString())
			.param("jurisdictionId", String.valueOf(this.donggang)), 200);
		long id = ((Number) JsonPath.read(draft, "$.id")).longValue();
		assertThat((String) JsonPath.read(draft, "$.state")).isEqualTo("DRAFT");
		assertThat((Boolean) JsonPath.read(draft, "$.live")).isTrue();
		assertThat((String) JsonPath.read(draft, "$.unitName")).isEqualTo("东岗社区");
		assertThat(((Number) JsonPath.read(draft, "$.figures.crossingsIn")).longValue())
			.isEqualTo(live("crossingsIn", window))
			.isGreaterThanOrEqualTo(2);
		assertThat((List<String>) JsonPath.read(draft, "$.actions")).containsExactly("SAVE", "SUBMIT");
		// the same GET answers the same report, never a second one
		assertThat(((Number) JsonPath.read(api("grid", get("/api/v1/daily-reports").param("date", day.toString()), 200),
				"$.id"))
			.longValue()).isEqualTo(id);

		api("grid",
				put("/api/v1/daily-reports/{id}", id).contentType(MediaType.APPLICATION_JSON)
					.content("{\"typed\":{\"screening.homeVisits\":12,\"disinfection.places\":3},"
							+ "\"remark\":\"入户走访 12 户\",\"fillerPhone\":\"13900001111\"}"),
				200);
		String submitted = api("grid", post("/api/v1/daily-reports/{id}/submit", id), 200);
		assertThat((String) JsonPath.read(submitted, "$.state")).isEqualTo("SUBMITTED");
		assertThat((Boolean) JsonPath.read(submitted, "$.live")).isFalse();

		String returned = api("township",
				post("/api/v1/daily-reports/{id}/return", id).contentType(MediaType.APPLICATION_JSON)
					.content("{\"reason\":\"走访数有误，请核实\"}"),
				200);
		assertThat((String) JsonPath.read(returned, "$.state")).isEqualTo("RETURNED");
		assertThat((String) JsonPath.read(returned, "$.returnReason")).isEqualTo("走访数有误，请核实");

		api("grid",
				put("/api/v1/daily-reports/{id}", id).contentType(MediaType.APPLICATION_JSON)
					.content("{\"typed\":{\"screening.homeVisits\":14,\"disinfection.places\":3},"
							+ "\"remark\":\"入户走访 14 户（已更正）\",\"fillerPhone\":\"13900001111\"}"),
				200);
		api("grid", post("/api/v1/daily-reports/{id}/submit", id), 200);
		String approved = api("township", post("/api/v1/daily-reports/{id}/approve", id), 200);
		assertThat((String) JsonPath.read(approved, "$.state")).isEqualTo("APPROVED");
		assertThat((String) JsonPath.read(approved, "$.approvedBy")).isEqualTo("township");
		assertThat((String) JsonPath.read(approved, "$.submittedBy")).isEqualTo("grid");
		DailyReportView frozen = this.reports.get(actor("township"), id);
		assertThat(frozen.typed()).containsEntry("screening.homeVisits", 14L);
		assertThat(frozen.history().stream().map(DailyReportView.Step::action)).containsExactly("CREATED", "SAVED",
				"SUBMITTED", "RETURNED", "SAVED", "SUBMITTED", "APPROVED");
		assertThat(frozen.history().get(3).reason()).isEqualTo("走访数有误，请核实");
		assertThat(frozen.history().get(3).actor()).isEqualTo("township");

		// a later correction of the data: a crossing registered now, inside the window
		long before = live("crossingsIn", window);
		cross("IN", window.from().plusSeconds(10_800));
		assertThat(live("crossingsIn", window)).isEqualTo(before + 1);
		DailyReportView after = this.reports.get(actor("grid"), id);
		assertThat(after.figures()).isEqualTo(frozen.figures());
		assertThat(after.figures().get("crossingsIn")).isEqualTo(before);
		assertThat(after.state()).isEqualTo(DailyReportState.APPROVED);
		assertThat(after.actions()).isEmpty();
		// the township's filler sees what its grids typed, added up
		assertThat(this.reports.open(actor("township"), day, null).typedBelow()).containsEntry("screening.homeVisits",
				14L);
	}

	@Test
	void everyIllegalStepIsRefusedWithAClearErrorAndChangesNothing() throws Exception {
		LocalDate day = daysBeforeDue(4);
		Actor grid = actor("grid");
		Actor township = actor("township");
		Actor commander = actor("commander");
		long id = this.reports.open(grid, day, null).id();

		// approve or return a DRAFT
		assertRefused(() -> this.reports.approve(township, id), "dailyReport.error.notSubmitted.DRAFT");
		api("township", post("/api/v1/daily-reports/{id}/approve", id), 422);
		// a grid worker never approves: 403
		assertThatThrownBy(() -> this.reports.approve(grid, id)).isInstanceOf(ForbiddenException.class);
		api("grid", post("/api/v1/daily-reports/{id}/approve", id), 403);
		// the township does not fill in a grid's report
		assertRefused(() -> this.reports.submit(township, id), "dailyReport.error.notFiller");
		assertThat(this.reports.get(grid, id).state()).isEqualTo(DailyReportState.DRAFT);

		this.reports.submit(grid, id);
		assertRefused(() -> this.reports.submit(grid, id), "dailyReport.error.notSubmittable.SUBMITTED");
		assertRefused(() -> this.reports.fillIn(grid, id, Map.of("screening.homeVisits", 1L), null, null),
				"dailyReport.error.notEditable.SUBMITTED");
		// the commander is not the grid's level above: the township is
		assertRefused(() -> this.reports.approve(commander, id), "dailyReport.error.notApprover");
		// a return needs a reason: 400 with the field, and the report stays SUBMITTED
		assertThatThrownBy(() -> this.reports.sendBack(township, id, " ")).isInstanceOf(InvalidInputException.class);
		String problem = api("township", post("/api/v1/daily-reports/{id}/return", id), 400);
		assertThat((String) JsonPath.read(problem, "$.errors[0].field")).isEqualTo("reason");
		assertThat((String) JsonPath.read(problem, "$.errors[0].message")).isEqualTo("退回时请填写原因。");
		assertThat(this.reports.get(grid, id).state()).isEqualTo(DailyReportState.SUBMITTED);

		this.reports.approve(township, id);
		assertRefused(() -> this.reports.submit(grid, id), "dailyReport.error.notSubmittable.APPROVED");
		String conflict = api("grid", post("/api/v1/daily-reports/{id}/submit", id), 422);
		assertThat((String) JsonPath.read(conflict, "$.detail")).isEqualTo("日报已审核通过并锁定，不能再上报。");
		assertRefused(() -> this.reports.approve(township, id), "dailyReport.error.notSubmitted.APPROVED");
		assertRefused(() -> this.reports.sendBack(township, id, "再看看"), "dailyReport.error.notSubmitted.APPROVED");
		assertThat(this.reports.get(grid, id).history()).hasSize(3);

		// a township does not approve its own level; the city does
		long town = this.reports.open(township, day, null).id();
		this.reports.submit(township, town);
		assertRefused(() -> this.reports.approve(township, town), "dailyReport.error.notApprover");
		assertThat(this.reports.approve(actor("hq-screening"), town).state()).isEqualTo(DailyReportState.APPROVED);

		// the city: HQ staff submit, only a commander approves, never their own
		// submission
		Actor staff = actor("hq-screening");
		long cityBefore = this.reports.open(commander, day.minusDays(1), null).id();
		this.reports.submit(commander, cityBefore);
		assertRefused(() -> this.reports.approve(commander, cityBefore), "dailyReport.error.ownSubmission");
		long city = this.reports.open(commander, day, null).id();
		this.reports.submit(staff, city);
		assertRefused(() -> this.reports.approve(staff, city), "dailyReport.error.notApprover");
		assertThat(this.reports.approve(commander, city).state()).isEqualTo(DailyReportState.APPROVED);
	}

	@Test
	void aReportIsSubmittedOnlyOnceItsWindowHasClosedAndNeverForADateToCome() {
		Actor grid = actor("grid");
		LocalDate current = this.reports.windows().dateAt(Instant.now());
		DailyReportView open = this.reports.open(grid, current, null);
		assertThat(open.actions()).containsExactly(DailyReportAction.SAVE);
		assertRefused(() -> this.reports.submit(grid, open.id()), "dailyReport.error.windowOpen");
		assertRefused(() -> this.reports.open(grid, current.plusDays(1), null), "dailyReport.error.futureDate");
		assertRefused(() -> this.reports.open(grid, current, this.tree.firstHousehold("东岗社区")),
				"dailyReport.error.notAUnit");
	}

	@Test
	void outsideTheScopeAReportIsNotFoundAndOtherRolesAreRefused() throws Exception {
		LocalDate day = daysBeforeDue(6);
		long id = this.reports.open(actor("grid"), day, null).id();
		assertThatThrownBy(() -> this.reports.get(actor("grid2"), id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.reports.open(actor("grid"), day, this.tree.node("铁力镇")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.reports.get(actor("medic"), id)).isInstanceOf(ForbiddenException.class);
		api("grid2", get("/api/v1/daily-reports/{id}.pdf", id), 404);
		api("crew", get("/api/v1/daily-reports").param("jurisdictionId", String.valueOf(this.donggang)), 403);
	}

	@Test
	void aTownshipsFiguresAreTheSumOfItsGridsAndItsOwnNodeAndSoIsItsSnapshot() {
		LocalDate day = daysBeforeDue(5);
		DailyReportWindows.Window window = this.reports.windows().of(day);
		cross("IN", window.from().plusSeconds(600));
		cross("OUT", window.from().plusSeconds(1200));
		Actor township = actor("township");
		long tieli = township.jurisdictionId();
		Map<String, Long> sum = new HashMap<>();
		FigureWindow own = new FigureWindow(Set.of(tieli), window.from(), window.to());
		for (FigureContributor contributor : this.contributors) {
			for (Figure figure : contributor.figures(own)) {
				sum.merge(figure.code(), figure.value(), Long::sum);
			}
		}
		List<JurisdictionView> grids = this.jurisdictions.children(township, tieli);
		assertThat(grids).allMatch(JurisdictionView::isGrid);
		for (JurisdictionView grid : grids) {
			this.reports.open(township, day, grid.id())
				.figures()
				.forEach((code, value) -> sum.merge(code, value, Long::sum));
		}
		DailyReportView report = this.reports.open(township, day, null);
		assertThat(report.level()).isEqualTo(ReportLevel.TOWNSHIP);
		assertThat(report.figures().get("crossingsIn")).isPositive();
		assertThat(report.figures()).isEqualTo(sum);
		assertThat(this.reports.submit(township, report.id()).figures()).isEqualTo(sum);
	}

	@Test
	void thePdfIsA4InChineseAndTheWorkbookHoldsTheFigures() throws Exception {
		LocalDate day = daysBeforeDue(7);
		cross("IN", this.reports.windows().of(day).from().plusSeconds(60));
		Actor grid = actor("grid");
		long id = this.reports.open(grid, day, null).id();
		this.reports.fillIn(grid, id, Map.of("screening.homeVisits", 21L, "disinfection.areaM2", 3500L), "一切正常",
				"13900002222");
		this.reports.submit(grid, id);
		DailyReportView report = this.reports.approve(actor("township"), id);

		byte[] pdf = this.exports.pdf(grid, id).bytes();
		PdfReader reader = new PdfReader(pdf);
		assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);
		assertThat(reader.getPageSize(1).getHeight()).isEqualTo(842f);
		// Every module's figures: the report runs over more than one A4 page, each A4.
		assertThat(reader.getNumberOfPages()).isBetween(1, 3);
		StringBuilder pages = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			assertThat(reader.getPageSize(page).getWidth()).isEqualTo(595f);
			pages.append(new PdfTextExtractor(reader).getTextFromPage(page));
		}
		String text = pages.toString();
		assertThat(text).contains("疫情防控工作日报", "填报单位", "东岗社区", "统计时段", "卡点值守", "排查管控", "返乡人员入户走访数", "消杀面积（平方米）", "3500",
				"备注", "一切正常", "填报人", "审核人", "已审核", "13900002222");

		byte[] xlsx = this.exports.xlsx(grid, id).bytes();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			Map<String, Double> values = new LinkedHashMap<>();
			for (Row row : sheet) {
				if (row.getCell(2) != null && row.getCell(3) != null
						&& row.getCell(3).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
					values.put(row.getCell(2).getStringCellValue(), row.getCell(3).getNumericCellValue());
				}
			}
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("疫情防控工作日报");
			assertThat(values).containsEntry("crossingsIn", report.figures().get("crossingsIn").doubleValue())
				.containsEntry("screening.homeVisits", 21.0)
				.containsKeys("arrivals.HUBEI", "underMeasure.HOME_OBSERVATION");
		}

		MockHttpServletResponse page = this.mvc
			.perform(get("/daily-reports/{id}.pdf", id).session(DemoUsers.session(this.mvc, "grid")))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentType()).isEqualTo("application/pdf");
		MockHttpServletResponse api = this.mvc
			.perform(get("/api/v1/daily-reports/{id}.xlsx", id).with(DemoUsers.basic("township")))
			.andReturn()
			.getResponse();
		assertThat(api.getStatus()).isEqualTo(200);
		assertThat(api.getHeader("Content-Disposition")).contains(".xlsx");
	}

	@Test
	void twoRequestsOpeningTheSameReportAtOnceMakeOneDraft() throws Exception {
		LocalDate day = daysBeforeDue(10);
		Actor grid = actor("grid");
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<Long>> opened = new java.util.ArrayList<>();
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			for (int i = 0; i < 4; i++) {
				opened.add(pool.submit(() -> {
					start.await();
					return this.reports.open(grid, day, null).id();
				}));
			}
			start.countDown();
			Set<Long> ids = new java.util.HashSet<>();
			for (java.util.concurrent.Future<Long> id : opened) {
				ids.add(id.get());
			}
			assertThat(ids).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theDashboardCountsTheUnitsWhoseReportIsNotHandedInOnceTheWindowHasClosed() {
		LocalDate day = daysBeforeDue(8);
		Actor township = actor("township");
		long tieli = township.jurisdictionId();
		int units = 1 + this.jurisdictions.children(township, tieli).size();
		LateReports late = this.lateReports;
		assertThat(late.lateReports(township, tieli, day)).isEqualTo(units);
		long id = this.reports.open(actor("grid"), day, null).id();
		assertThat(late.lateReports(township, tieli, day)).as("a draft is not handed in").isEqualTo(units);
		this.reports.submit(actor("grid"), id);
		assertThat(late.lateReports(township, tieli, day)).isEqualTo(units - 1);
		assertThat(late.lateReports(township, this.donggang, day)).isZero();
		assertThat(late.lateReports(township, tieli, this.reports.windows().dateAt(Instant.now())))
			.as("nothing is missing before the window closes")
			.isZero();
	}

	private LocalDate daysBeforeDue(int days) {
		return this.reports.windows().dueDate(Instant.now()).minusDays(days);
	}

	private long live(String code, DailyReportWindows.Window window) {
		return this.figures.count(actor("commander"), this.donggang, window.from(), window.to()).get(code);
	}

	private Actor actor(String username) {
		return Actors.demo(this.accounts, username);
	}

	private String api(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.with(DemoUsers.basic(user)))
			.andReturn()
			.getResponse();
		response.setCharacterEncoding("UTF-8");
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		return response.getContentAsString();
	}

	private static void assertRefused(Runnable step, String messageKey) {
		assertThatThrownBy(step::run).isInstanceOfSatisfying(UnprocessableRequestException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo(messageKey));
	}

	private void cross(String direction, Instant crossedAt) {
		RegistrationRequest request = new RegistrationRequest(direction, "RESIDENT_ID", TestIds.next(), "日报测试",
				"13900007777", "LOCAL", "铁力市", null, "TRAIN", null, null, null, new BigDecimal("36.5"), "GREEN", null,
				crossedAt.atOffset(ZoneOffset.UTC), null);
		this.registrations.register(this.crew, this.gridCheckpoint, UUID.randomUUID().toString(), request,
				RegistrationSource.CREW);
	}

}
