package org.fangkong.screening;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.ScreeningCalls;
import org.fangkong.support.ScreeningJson;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.support.DemoUsers.basic;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #8 items 2, 4 and 7: the ledger's files as people save them, its export following
 * the screen, and its search box.
 */
@IntegrationTest
class LedgerFileTests {

	@Autowired
	MockMvc mvc;

	ScreeningCalls calls;

	@BeforeEach
	void calls() {
		this.calls = new ScreeningCalls(this.mvc);
	}

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonSearchBackfill backfill;

	/**
	 * Made by LibreOffice Calc from {@code ledger-numbers-typed-in-libreoffice.fods}: the
	 * grid codes and phones typed as numbers into general cells (stored as numeric
	 * cells), one arrival 2020-02-30 (kept as text), one ID number typed as a number
	 * (rounded by the suite to 15 significant digits).
	 */
	@Test
	void aWorkbookWithNumbersTypedInLibreOfficeImportsItsGoodRowsAndSaysWhatIsWrongWithTheOthers() throws Exception {
		byte[] file = new ClassPathResource("fixtures/ledger-numbers-typed-in-libreoffice.xlsx")
			.getContentAsByteArray();
		this.calls.importFile("grid", file, true)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.rejected", hasSize(2)))
			.andExpect(jsonPath("$.rejected[0].row").value(4))
			.andExpect(jsonPath("$.rejected[0].field").value("到达日期"))
			.andExpect(jsonPath("$.rejected[0].reason").value(containsString("2020-02-30")))
			.andExpect(jsonPath("$.rejected[0].reason").value(containsString("不存在")))
			.andExpect(jsonPath("$.rejected[1].row").value(5))
			.andExpect(jsonPath("$.rejected[1].field").value("证件号码"))
			.andExpect(jsonPath("$.rejected[1].reason").value(containsString("15 位有效数字")))
			.andExpect(jsonPath("$.rejected[1].reason").value(containsString("文本")));
		this.calls.importFile("grid", file, false).andExpect(jsonPath("$.created").value(2));
		this.mvc.perform(get("/api/v1/persons").param("idNumber", "230781198002030517").with(basic("grid")))
			.andExpect(jsonPath("$[0].name").value("林数字"))
			.andExpect(jsonPath("$[0].phone").value("13900003333"))
			.andExpect(jsonPath("$[0].grid.code").value("230781100001"))
			.andExpect(jsonPath("$[0].measureStart").value("2020-02-03"));
		this.mvc.perform(get("/api/v1/persons").param("idNumber", "230781199204150626").with(basic("grid")))
			.andExpect(jsonPath("$[0].phone").value("13900004444"))
			.andExpect(jsonPath("$[0].measure").value("HOME_MONITORING"))
			.andExpect(jsonPath("$[0].measureStart").value("2020-02-04"));
	}

	@Test
	void impossibleDatesAreRefusedByTheApiToo() throws Exception {
		this.mvc.perform(get("/api/v1/screenings").param("from", "2020-02-30").with(basic("grid")))
			.andExpect(status().isBadRequest());
		String body = ScreeningJson.in(grid())
			.json()
			.replaceAll("\"arrivalDate\":\"[^\"]*\"", "\"arrivalDate\":\"2020-02-30\"");
		this.mvc.perform(
				post("/api/v1/screenings").with(basic("grid")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest());
	}

	/** Issue #8 item 2: the export is the list on the screen, dates and sort included. */
	@Test
	void theExportFollowsTheFiltersTheSearchAndTheSortAndReportsTheStatus() throws Exception {
		String tag = "导出" + (char) ('甲' + (System.nanoTime() % 50));
		create("grid",
				ScreeningJson.in(grid()).name(tag + "早").origin("HUBEI", "湖北省孝感市").arrived(LocalDate.of(2018, 7, 1)));
		create("grid",
				ScreeningJson.in(grid()).name(tag + "中").origin("HUBEI", "湖北省孝感市").arrived(LocalDate.of(2018, 7, 2)));
		create("grid",
				ScreeningJson.in(grid()).name(tag + "晚").origin("HUBEI", "湖北省孝感市").arrived(LocalDate.of(2018, 7, 10)));
		for (String dir : List.of("asc", "desc")) {
			List<List<String>> api = rows(export(get("/api/v1/screenings/export").with(basic("grid")), dir, tag));
			List<List<String>> page = rows(
					export(get("/screening/export").session(DemoUsers.session(this.mvc, "grid")), dir, tag));
			assertThat(page).isEqualTo(api);
			assertThat(api.get(0).subList(15, 19)).containsExactly("状态", "计划解除日期", "包保责任人", "网格名称");
			List<String> names = api.subList(1, api.size()).stream().map((row) -> row.get(0)).toList();
			assertThat(names).containsExactlyElementsOf(
					dir.equals("asc") ? List.of(tag + "早", tag + "中") : List.of(tag + "中", tag + "早"));
			assertThat(api.get(1).get(15)).isIn(LedgerColumns.STATUSES.values());
			assertThat(api.get(1).get(16)).matches("\\d{4}-\\d{2}-\\d{2}");
			assertThat(api.get(1).get(18)).isEqualTo("东岗社区");
		}
	}

	/** Issue #8 item 2: the ledger's own export imports back, nothing rejected. */
	@Test
	void theLedgersOwnExportImportsBackWithNothingRejected() throws Exception {
		create("township", ScreeningJson.in(grid()).name("回导甲").phone("13900001234"));
		for (String user : List.of("grid", "township")) {
			byte[] export = this.mvc.perform(get("/api/v1/screenings/export").with(basic(user)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(rows(export)).hasSizeGreaterThan(1);
			this.calls.importFile(user, export, true)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.rejected", hasSize(0)))
				.andExpect(jsonPath("$.updated").value(0));
		}
	}

	/**
	 * Issue #8 item 7: one box finds a person by name, ID number, its last digits, phone.
	 */
	@Test
	void theSearchBoxFindsAPersonByNameIdNumberItsLastDigitsOrPhoneInsideTheScope() throws Exception {
		String id = TestIds.next();
		String phone = "139" + id.substring(10, 18).replace('X', '7');
		String name = "查找" + (char) ('甲' + (System.nanoTime() % 50)) + "人";
		create("grid", ScreeningJson.in(grid()).name(name).idNumber(id).phone(phone));
		int searches = this.audit.byActor("grid", AuditAction.SEARCH).size();
		for (String q : List.of(name, name.substring(0, 3), id, id.substring(14), id.substring(12),
				phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7))) {
			this.mvc.perform(get("/api/v1/screenings").param("q", q).with(basic("grid")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.content[?(@.name == '" + name + "')].idNumber").value(id));
			this.mvc.perform(get("/api/v1/screenings").param("q", q).with(basic("grid2")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.content[?(@.name == '" + name + "')]").isEmpty());
		}
		assertThat(this.audit.byActor("grid", AuditAction.SEARCH)).hasSize(searches + 6);
		assertThat(this.audit.byActor("grid", AuditAction.SEARCH).get(0).detail()).doesNotContain(id)
			.doesNotContain(name);
		String page = this.mvc
			.perform(get("/screening").param("q", id.substring(14)).session(DemoUsers.session(this.mvc, "grid")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(name).contains("name=\"q\"").contains("for=\"ledger-q\"");
	}

	/** Issue #8 item 7: persons stored before the search hashes get them at startup. */
	@Test
	void theBackfillHashesOlderPersonsOnceAndAgainFindsNothingToDo() throws Exception {
		String id = TestIds.next();
		String name = "补算" + (char) ('甲' + (System.nanoTime() % 50)) + "人";
		create("grid", ScreeningJson.in(grid()).name(name).idNumber(id));
		this.jdbc.update(
				"update person set id_tail4_hash = null, id_tail6_hash = null, phone_hash = null where name = ?", name);
		this.mvc.perform(get("/api/v1/screenings").param("q", id.substring(14)).with(basic("grid")))
			.andExpect(jsonPath("$.content[?(@.name == '" + name + "')]").isEmpty());
		assertThat(this.backfill.backfill()).isPositive();
		assertThat(this.backfill.backfill()).isZero();
		this.mvc.perform(get("/api/v1/screenings").param("q", id.substring(14)).with(basic("grid")))
			.andExpect(jsonPath("$.content[?(@.name == '" + name + "')]").isNotEmpty());
	}

	/**
	 * W2 (issue #19): the HQ imports more rows than a grid worker may in one file; a row
	 * repeating an ID number and arrival is dropped as a duplicate, the others are
	 * written (in batches) as the form writes them: the person found again by the ID
	 * number and its last digits, the screening under the measure the row names, its
	 * history line. The same file is refused to a grid worker at the row after the cap,
	 * and a file refused at the cap keeps nothing.
	 */
	@Test
	void theHqImportsMoreRowsThanTheGridCapInOneFileAndDropsRepeatedRows() throws Exception {
		int rows = LedgerImport.MAX_ROWS + 700;
		String tag = "批量" + (System.nanoTime() % 1_000_000);
		LocalDate arrival = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(3);
		String code = this.jurisdictions.find(grid()).orElseThrow().code();
		List<String> ids = new ArrayList<>();
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(System.nanoTime() % 9000);
		byte[] file;
		try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(
				100); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("台账");
			Row header = sheet.createRow(0);
			for (int c = 0; c < LedgerColumns.HEADERS.size(); c++) {
				header.createCell(c).setCellValue(LedgerColumns.HEADERS.get(c));
			}
			for (int i = 0; i <= rows; i++) {
				LocalDate birth = born.plusDays(i / 1000);
				String first17 = "230781" + birth.toString().replace("-", "") + String.format("%03d", i % 1000);
				String id = (i < rows) ? first17 + org.fangkong.shared.ResidentIdNumber.checkCharacter(first17)
						: ids.get(0); // the last row repeats the first
				ids.add(id);
				Row row = sheet.createRow(i + 1);
				row.createCell(LedgerColumns.NAME).setCellValue("批量" + i);
				row.createCell(LedgerColumns.ID_TYPE).setCellValue("居民身份证");
				row.createCell(LedgerColumns.ID_NUMBER).setCellValue(id);
				row.createCell(LedgerColumns.PHONE).setCellValue("139" + String.format("%08d", i));
				row.createCell(LedgerColumns.ORIGIN_CLASS).setCellValue("武汉");
				row.createCell(LedgerColumns.ARRIVAL).setCellValue(arrival.toString());
				row.createCell(LedgerColumns.GRID).setCellValue(code);
				row.createCell(LedgerColumns.MEASURE).setCellValue("居家观察");
				row.createCell(LedgerColumns.START).setCellValue(arrival.toString());
				row.createCell(LedgerColumns.NOTE).setCellValue(tag);
			}
			workbook.write(out);
			workbook.dispose();
			file = out.toByteArray();
		}
		this.calls.importFile("grid", file, false)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		this.calls.importFile("hq-screening", file, true)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(rows))
			.andExpect(jsonPath("$.rejected", hasSize(1)))
			.andExpect(jsonPath("$.rejected[0].row").value(rows + 2));
		assertThat(this.jdbc.queryForObject("select count(*) from screening where note = ?", Long.class, tag)).isZero();
		this.calls.importFile("hq-screening", file, false)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(rows))
			.andExpect(jsonPath("$.rejected", hasSize(1)));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from screening s join person p on p.id = s.person_id"
						+ " join screening_history h on h.screening_id = s.id and h.action = 'CREATED'"
						+ " where s.note = ? and s.status = 'UNDER_MEASURE' and s.measure = 'HOME_OBSERVATION'"
						+ " and s.measure_end = ? and p.id_tail4_hash is not null and p.birth_date is not null",
				Long.class, tag, java.sql.Date.valueOf(arrival.plusDays(14))))
			.isEqualTo(rows);
		try {
			this.mvc.perform(get("/api/v1/screenings").param("q", ids.get(rows - 1)).with(basic("grid")))
				.andExpect(jsonPath("$.content[0].name").value("批量" + (rows - 1)))
				.andExpect(jsonPath("$.content[0].measureEnd").value(arrival.plusDays(14).toString()));
		}
		finally {
			// the other tests export 东岗社区 and import it back as its grid worker: under
			// the cap
			List<Long> people = this.jdbc.queryForList("select person_id from screening where note = ?", Long.class,
					tag);
			this.jdbc.update("delete from screening_history where screening_id in"
					+ " (select id from screening where note = ?)", tag);
			this.jdbc.update("delete from screening where note = ?", tag);
			for (int i = 0; i < people.size(); i += 1000) {
				this.jdbc.update("delete from person where id in (" + String.join(",",
						people.subList(i, Math.min(people.size(), i + 1000)).stream().map(String::valueOf).toList())
						+ ")");
			}
		}
	}

	long grid() {
		return new DemoTree(this.jurisdictions, this.checkpoints).node("东岗社区");
	}

	void create(String user, ScreeningJson screening) throws Exception {
		this.mvc
			.perform(post("/api/v1/screenings").with(basic(user))
				.contentType(MediaType.APPLICATION_JSON)
				.content(screening.json()))
			.andExpect(status().isCreated());
	}

	byte[] export(MockHttpServletRequestBuilder request, String dir, String tag) throws Exception {
		return this.mvc
			.perform(request.param("from", "2018-07-01")
				.param("to", "2018-07-05")
				.param("sort", "arrivalDate")
				.param("dir", dir)
				.param("q", tag))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	static List<List<String>> rows(byte[] xlsx) throws Exception {
		DataFormatter formatter = new DataFormatter();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			List<List<String>> rows = new ArrayList<>();
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					cells.add((row.getCell(c) != null) ? formatter.formatCellValue(row.getCell(c)) : "");
				}
				rows.add(cells);
			}
			return rows;
		}
	}

}
