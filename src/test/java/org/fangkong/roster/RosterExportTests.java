package org.fangkong.roster;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A roster printable and exported as .xlsx per checkpoint and per unit (issue #11 item
 * 7).
 */
@IntegrationTest
class RosterExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	Rosters rosters;

	@Autowired
	AuditTrail audit;

	@Autowired
	Clock clock;

	@Test
	void aSolvedRosterIsPrintedAndExportedPerCheckpointAndPerUnit() throws Exception {
		long village = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("新一村村口卡点");
		Actor commander = Actors.demo(this.accounts, "commander");
		LocalDate day = LocalDate.now(this.clock).plusDays(25);
		long roster = this.rosters.create(commander, new Rosters.NewRoster(day, day.plusDays(1), List.of(village)))
			.id();
		this.rosters.solve(commander, roster);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.rosters.get(commander, roster).roster().status() == RosterStatus.SOLVED);

		byte[] byCheckpoint = this.mvc
			.perform(get("/api/v1/rosters/{id}/export.xlsx", roster).with(basic("hq-screening")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					org.hamcrest.Matchers
						.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(byCheckpoint))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("新一村村口卡点");
			assertThat(texts(sheet.getRow(0))).containsExactly("日期", "班次", "卡点", "岗位", "姓名", "单位");
			// 2 days × 2 shifts × 2 village cadres, each with a name
			assertThat(sheet.getLastRowNum()).isEqualTo(8);
			for (int r = 1; r <= 8; r++) {
				assertThat(texts(sheet.getRow(r)).get(0)).isIn(day.toString(), day.plusDays(1).toString());
				assertThat(texts(sheet.getRow(r)).get(3)).isEqualTo("村干部");
				assertThat(texts(sheet.getRow(r)).get(4)).isNotBlank();
			}
		}
		byte[] byUnit = this.mvc
			.perform(get("/api/v1/rosters/{id}/export.xlsx?by=UNIT", roster).with(basic("commander")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(byUnit))) {
			int rows = 0;
			for (Sheet sheet : workbook) {
				rows += sheet.getLastRowNum();
				for (int r = 1; r <= sheet.getLastRowNum(); r++) {
					String unit = texts(sheet.getRow(r)).get(5);
					assertThat(sheet.getSheetName()).isEqualTo(unit.isEmpty() ? "未填单位" : unit);
				}
			}
			assertThat(rows).isEqualTo(8);
		}
		assertThat(this.audit.byActor("commander", AuditAction.EXPORT))
			.anySatisfy((e) -> assertThat(e.targetId()).isEqualTo(Long.toString(roster)));
		this.mvc.perform(get("/api/v1/rosters/{id}/export.xlsx", roster).with(basic("crew")))
			.andExpect(status().isForbidden());

		MockHttpSession session = DemoUsers.session(this.mvc, "commander");
		String page = this.mvc.perform(get("/rosters/{id}/print", roster).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("新一村村口卡点", "roster-print.css", "id=\"print-roster\"", "export.xlsx?by=UNIT");
		assertThat(page.split("class=\"badge text-bg-light\"").length - 1).isEqualTo(8);
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach((cell) -> texts.add(cell.getStringCellValue()));
		return texts;
	}

}
