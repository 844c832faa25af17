package org.fangkong.volunteer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fangkong.identity.Accounts;
import org.fangkong.shared.Actor;
import org.fangkong.support.Actors;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue #15 item 1: the reserve's workbook. Phones and ID numbers typed into general
 * cells (numbers, as LibreOffice saves them), a dry run that writes nothing, a bad row
 * reported with its number and reason (and nothing written), the export's columns read
 * back by the import.
 */
@IntegrationTest
class WorkbookTests {

	@Autowired
	VolunteerWorkbook workbook;

	@Autowired
	Volunteers volunteers;

	@Autowired
	Accounts accounts;

	@Test
	void aDryRunChecksEveryRowAndWritesNothingThenTheImportWritesThem() throws IOException {
		Actor township = Actors.demo(this.accounts, "township");
		int before = this.volunteers.allInScope(township).size();
		byte[] file = workbook(
				new Object[] { "导入甲", "铁力镇政府", "1988-07-01", null, 13700000011d, "驾驶、消杀", 2d, "18:00", "08:00" },
				new Object[] { "导入乙", null, null, TestIds.next(), "13700000012", "排查", null, null, null });
		VolunteerWorkbook.ImportResult dry = this.workbook.importWorkbook(township, new ByteArrayInputStream(file),
				true);
		assertThat(dry.valid()).isEqualTo(2);
		assertThat(dry.created()).isZero();
		assertThat(dry.rejected()).isEmpty();
		assertThat(this.volunteers.allInScope(township)).hasSize(before);
		VolunteerWorkbook.ImportResult done = this.workbook.importWorkbook(township, new ByteArrayInputStream(file),
				false);
		assertThat(done.created()).isEqualTo(2);
		List<Volunteer> after = this.volunteers.allInScope(township);
		assertThat(after).hasSize(before + 2);
		Volunteers.VolunteerView first = this.volunteers.get(township,
				after.stream().filter((v) -> v.getName().equals("导入甲")).findFirst().orElseThrow().getId());
		assertThat(first.phone()).isEqualTo("13700000011");
		assertThat(first.skills()).containsExactlyInAnyOrder(VolunteerSkill.DRIVING, VolunteerSkill.DISINFECTION);
		assertThat(first.medicalEchelon()).isEqualTo(2);
		assertThat(first.availableFrom()).hasToString("18:00");
	}

	@Test
	void aBadRowIsReportedWithItsNumberAndNothingIsWritten() throws IOException {
		Actor commander = Actors.demo(this.accounts, "commander");
		int before = this.volunteers.allInScope(commander).size();
		byte[] file = workbook(new Object[] { "好行", null, "1990-01-02", null, null, null, null, null, null },
				new Object[] { "坏行", null, "2015-01-02", null, "123", "飞行", null, null, null },
				new Object[] { "四舍五入", null, null, 230781199001011234d, null, null, null, null, null });
		VolunteerWorkbook.ImportResult result = this.workbook.importWorkbook(commander, new ByteArrayInputStream(file),
				false);
		assertThat(result.created()).isZero();
		assertThat(result.rejected()).extracting(VolunteerWorkbook.Rejection::row, VolunteerWorkbook.Rejection::field)
			.contains(org.assertj.core.groups.Tuple.tuple(3, "skills"),
					org.assertj.core.groups.Tuple.tuple(4, "idNumber"));
		assertThat(this.volunteers.allInScope(commander)).hasSize(before);
		assertThatThrownBy(() -> this.workbook.importWorkbook(commander,
				new ByteArrayInputStream("name,birth\n".getBytes()), true))
			.isInstanceOf(org.fangkong.shared.InvalidInputException.class);
	}

	@Test
	void theExportReadsBackThroughTheImport() throws IOException {
		Actor township = Actors.demo(this.accounts, "township");
		byte[] exported = this.workbook.export(township);
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
			Row header = book.getSheetAt(0).getRow(0);
			for (int i = 0; i < VolunteerColumns.HEADERS.size(); i++) {
				assertThat(header.getCell(i).getStringCellValue()).isEqualTo(VolunteerColumns.HEADERS.get(i));
			}
			assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThan(100);
		}
		VolunteerWorkbook.ImportResult dry = this.workbook.importWorkbook(township, new ByteArrayInputStream(exported),
				true);
		// the demo user's account is not a column: every row reads back
		assertThat(dry.rejected()).isEmpty();
		assertThat(dry.valid()).isGreaterThan(100);
	}

	/**
	 * A workbook of the export's columns with these rows (String, Double or null cells).
	 */
	static byte[] workbook(Object[]... rows) {
		try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet();
			Row header = sheet.createRow(0);
			for (int i = 0; i < VolunteerColumns.HEADERS.size(); i++) {
				header.createCell(i).setCellValue(VolunteerColumns.HEADERS.get(i));
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					if (rows[r][c] instanceof String text) {
						row.createCell(c).setCellValue(text);
					}
					else if (rows[r][c] instanceof Double number) {
						row.createCell(c).setCellValue(number);
					}
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
