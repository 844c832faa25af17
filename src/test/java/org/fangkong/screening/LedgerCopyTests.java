package org.fangkong.screening;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.ResidentIdNumber;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.ScreeningCalls;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.support.DemoUsers.basic;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * W2: the new people of an HQ import go in by COPY on PostgreSQL; what COPY's text format
 * treats specially (backslashes, a literal {@code \N}) comes back as written, and a
 * second commit of the same file changes nothing.
 */
@IntegrationTest
class LedgerCopyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void textWithBackslashesComesBackAsWrittenAndASecondCommitChangesNothing() throws Exception {
		String tag = "COPY" + (System.nanoTime() % 1_000_000);
		String address = "C:\\路3号 \\N 楼";
		String note = tag + " \\.\\N";
		LocalDate arrival = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2);
		String code = this.jurisdictions.find(new DemoTree(this.jurisdictions, this.checkpoints).node("东岗社区"))
			.orElseThrow()
			.code();
		String first17 = "230781"
				+ LocalDate.of(1960, 1, 1).plusDays(System.nanoTime() % 9000).toString().replace("-", "") + "417";
		String id = first17 + ResidentIdNumber.checkCharacter(first17);
		byte[] file;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("台账");
			Row header = sheet.createRow(0);
			for (int c = 0; c < LedgerColumns.HEADERS.size(); c++) {
				header.createCell(c).setCellValue(LedgerColumns.HEADERS.get(c));
			}
			Row row = sheet.createRow(1);
			row.createCell(LedgerColumns.NAME).setCellValue("反斜\\杠");
			row.createCell(LedgerColumns.ID_TYPE).setCellValue("居民身份证");
			row.createCell(LedgerColumns.ID_NUMBER).setCellValue(id);
			row.createCell(LedgerColumns.PHONE).setCellValue("13912345678");
			row.createCell(LedgerColumns.ORIGIN_CLASS).setCellValue("武汉");
			row.createCell(LedgerColumns.ARRIVAL).setCellValue(arrival.toString());
			row.createCell(LedgerColumns.ADDRESS).setCellValue(address);
			row.createCell(LedgerColumns.GRID).setCellValue(code);
			row.createCell(LedgerColumns.MEASURE).setCellValue("居家观察");
			row.createCell(LedgerColumns.START).setCellValue(arrival.toString());
			row.createCell(LedgerColumns.NOTE).setCellValue(note);
			workbook.write(out);
			file = out.toByteArray();
		}
		ScreeningCalls calls = new ScreeningCalls(this.mvc);
		try {
			calls.importFile("hq-screening", file, false)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.created").value(1))
				.andExpect(jsonPath("$.rejected", hasSize(0)));
			assertThat(this.jdbc.queryForObject(
					"select p.name || '|' || p.current_address || '|' || s.note"
							+ " from screening s join person p on p.id = s.person_id where s.note = ?",
					String.class, note))
				.isEqualTo("反斜\\杠|" + address + "|" + note);
			this.mvc.perform(get("/api/v1/screenings").param("q", id).with(basic("hq-screening")))
				.andExpect(jsonPath("$.content[0].name").value("反斜\\杠"));
			calls.importFile("hq-screening", file, false)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.created").value(0))
				.andExpect(jsonPath("$.updated").value(0))
				.andExpect(jsonPath("$.unchanged").value(1));
		}
		finally {
			this.jdbc.update("delete from screening_history where screening_id in"
					+ " (select id from screening where note = ?)", note);
			java.util.List<Long> people = this.jdbc.queryForList("select person_id from screening where note = ?",
					Long.class, note);
			this.jdbc.update("delete from screening where note = ?", note);
			people.forEach((p) -> this.jdbc.update("delete from person where id = ?", p));
		}
	}

}
