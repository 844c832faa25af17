package org.fangkong.screening;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.InvalidInputException.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue #8 items 4 and 7 without Spring: dates read strictly, cells stored as numbers
 * read as their digits, rounded ID numbers refused, label variants, and what the ledger's
 * search box looks for.
 */
class LedgerFileRulesTests {

	@Test
	void datesInTheUsualChineseFormsAreReadStrictly() {
		for (String text : new String[] { "2020-02-03", "2020/2/3", "2020年2月3日", "2020.2.3", " 2020-2-3 ", "20200203",
				"2020-02-03 00:00:00" }) {
			assertThat(LedgerDates.parse(text, "arrivalDate")).as(text).isEqualTo(LocalDate.of(2020, 2, 3));
		}
		assertThat(LedgerDates.parse("2020-02-29", "arrivalDate")).isEqualTo(LocalDate.of(2020, 2, 29));
		for (String impossible : new String[] { "2020-02-30", "2019-02-29", "2020年13月1日", "2020/4/31" }) {
			assertThatExceptionOfType(InvalidInputException.class).as(impossible)
				.isThrownBy(() -> LedgerDates.parse(impossible, "arrivalDate"))
				.satisfies(
						(ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("validation.dateImpossible"));
		}
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> LedgerDates.parse("二月三日", "arrivalDate"))
			.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("validation.date"));
	}

	@Test
	void numbersAreTheirDigitsAndRoundedIdNumbersAreRefused() throws Exception {
		assertThat(LedgerRowReader.digits(230781100001d)).isEqualTo("230781100001");
		assertThat(LedgerRowReader.digits(13900001111d)).isEqualTo("13900001111");
		assertThat(LedgerRowReader.looksRounded(LedgerRowReader.digits(230781199311220418d), true)).isTrue();
		assertThat(LedgerRowReader.looksRounded("2.30781E+17", false)).isTrue();
		assertThat(LedgerRowReader.looksRounded("230781199311220000", false)).isTrue();
		assertThat(LedgerRowReader.looksRounded("230781198002030517", false)).isFalse();
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			for (int i = 0; i < LedgerColumns.HEADERS.size(); i++) {
				header.createCell(i).setCellValue(LedgerColumns.HEADERS.get(i));
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("林数字");
			row.createCell(3).setCellValue(230781199311220418d);
			row.createCell(4).setCellValue(13900001111d);
			row.createCell(5).setCellValue(" 湖北（武汉以外） ");
			row.createCell(7).setCellValue("2020-02-30");
			row.createCell(11).setCellValue(230781100001d);
			Map<Integer, Integer> columns = Map.of(LedgerColumns.NAME, 0, LedgerColumns.ID_NUMBER, 3,
					LedgerColumns.PHONE, 4, LedgerColumns.ORIGIN_CLASS, 5, LedgerColumns.ARRIVAL, 7, LedgerColumns.GRID,
					11);
			LedgerRowReader reader = new LedgerRowReader(columns,
					(code) -> "230781100001".equals(code) ? Optional.of(7L) : Optional.empty());
			LedgerSheet.Row read1 = onlyRow(workbook);
			assertThat(reader.text(read1, LedgerColumns.GRID)).isEqualTo("230781100001");
			assertThat(reader.text(read1, LedgerColumns.PHONE)).isEqualTo("13900001111");
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> reader.read(read1))
				.satisfies((ex) -> assertThat(ex.violations()).extracting(Violation::field, Violation::messageKey)
					.containsExactlyInAnyOrder(
							org.assertj.core.groups.Tuple.tuple("idNumber", "validation.import.idRounded"),
							org.assertj.core.groups.Tuple.tuple("arrivalDate", "validation.dateImpossible")));
			row.getCell(3).setCellValue("230781198002030517");
			row.getCell(7).setCellValue("2020年2月3日");
			NewScreening read = reader.read(onlyRow(workbook));
			assertThat(read.gridId()).isEqualTo(7L);
			assertThat(read.originClass()).isEqualTo("HUBEI");
			assertThat(read.idNumber()).isEqualTo("230781198002030517");
			row.getCell(11).setCellValue(230781999999d);
			LedgerSheet.Row read3 = onlyRow(workbook);
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> reader.read(read3))
				.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey())
					.isEqualTo("validation.import.gridUnknown"));
		}
	}

	@Test
	void theSheetIsReadAsAStreamDatesFromDateCellsBlankRowsSkippedAndRefusedAtTheRowAfterTheCap() throws Exception {
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			sheet.createRow(0).createCell(0).setCellValue("姓名");
			sheet.getRow(0).createCell(2).setCellValue("到达日期");
			org.apache.poi.ss.usermodel.CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			Row dated = sheet.createRow(1);
			dated.createCell(0).setCellValue("林日期");
			dated.createCell(2).setCellValue(LocalDate.of(2020, 2, 3));
			dated.getCell(2).setCellStyle(date);
			dated.createCell(7).setCellValue("beyond the header");
			sheet.createRow(2).createCell(0).setCellValue(" ");
			for (int r = 3; r <= 11; r++) {
				sheet.createRow(r).createCell(0).setCellValue("行" + r);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			LedgerSheet read = LedgerSheet.read(new ByteArrayInputStream(out.toByteArray()), 10);
			assertThat(read.header()).containsExactly("姓名", "", "到达日期");
			assertThat(read.rows()).hasSize(10);
			assertThat(read.rows().get(0).number()).isEqualTo(2);
			assertThat(read.rows().get(0).cells()).containsOnlyKeys(0, 2);
			assertThat(read.rows().get(0).cells().get(2).date()).isEqualTo(LocalDate.of(2020, 2, 3));
			assertThat(read.rows().get(1).number()).isEqualTo(4);
			sheet.createRow(12).createCell(0).setCellValue("行12");
			out.reset();
			workbook.write(out);
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> LedgerSheet.read(new ByteArrayInputStream(out.toByteArray()), 10))
				.satisfies((ex) -> assertThat(ex.violations().get(0).messageKey())
					.isEqualTo("validation.import.tooManyRows"));
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> LedgerSheet.read(new ByteArrayInputStream("PK\3\4 no zip".getBytes()), 10))
				.satisfies(
						(ex) -> assertThat(ex.violations().get(0).messageKey()).isEqualTo("validation.import.notXlsx"));
		}
	}

	/** The workbook as saved, read back as the import reads it (SAX). */
	private static LedgerSheet.Row onlyRow(Workbook workbook) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		LedgerSheet sheet = LedgerSheet.read(new ByteArrayInputStream(out.toByteArray()), 10);
		assertThat(sheet.header()).isEqualTo(LedgerColumns.HEADERS);
		assertThat(sheet.rows()).hasSize(1);
		return sheet.rows().get(0);
	}

	@Test
	void labelsAreMatchedWithTheirCommonVariantsOrRefusedWithTheAllowedValues() {
		for (String hubei : new String[] { "湖北", "湖北（武汉以外）", "湖北(武汉以外)", " 湖北 ( 武汉以外 ) ", "hubei", "HUBEI" }) {
			assertThat(LedgerColumns.code(LedgerColumns.ORIGINS, hubei, "originClass")).as(hubei).isEqualTo("HUBEI");
		}
		assertThat(LedgerColumns.code(LedgerColumns.ORIGINS, "省内", "originClass")).isEqualTo("IN_PROVINCE");
		assertThat(LedgerColumns.code(LedgerColumns.ID_TYPES, "身份证", "idType")).isEqualTo("RESIDENT_ID");
		assertThat(LedgerColumns.code(LedgerColumns.MODES, "self drive", "transportMode")).isEqualTo("SELF_DRIVE");
		assertThat(LedgerColumns.code(LedgerColumns.MEASURES, " 居家健康监测", "measure")).isEqualTo("HOME_MONITORING");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> LedgerColumns.code(LedgerColumns.ORIGINS, "火星", "originClass"))
			.satisfies((ex) -> {
				assertThat(ex.violations().get(0).messageKey()).isEqualTo("validation.import.choice");
				assertThat(ex.violations().get(0).args()).containsExactly("火星", "本地、省内其他地区、外省、湖北（武汉以外）、武汉、境外");
			});
	}

	@Test
	void theSearchBoxLooksForANameAnIdNumberItsLastDigitsOrAPhone() {
		LedgerSearch name = LedgerSearch.of(" 林_数% ", (key) -> "h(" + key + ")");
		assertThat(name.namePattern()).isEqualTo("%林\\_数\\%%");
		assertThat(name.idHash()).isNull();
		assertThat(name.phoneHash()).isNull();
		LedgerSearch tail4 = LedgerSearch.of("051x", (key) -> "h(" + key + ")");
		assertThat(tail4.tail4Hash()).isEqualTo("h(id-tail4:051X)");
		assertThat(tail4.tail6Hash()).isNull();
		assertThat(LedgerSearch.of("030517", (key) -> "h(" + key + ")").tail6Hash()).isEqualTo("h(id-tail6:030517)");
		LedgerSearch phone = LedgerSearch.of("139-0000-3333", (key) -> "h(" + key + ")");
		assertThat(phone.phoneHash()).isEqualTo("h(phone:13900003333)");
		assertThat(LedgerSearch.of("230781198002030517", (key) -> "h(" + key + ")").idHash())
			.isEqualTo("h(230781198002030517)");
		assertThat(LedgerSearch.of("  ", (key) -> key)).isNull();
		assertThat(LedgerSearch.tailKey("230781198002030517", 4)).isEqualTo("id-tail4:0517");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> LedgerSearch.of("x".repeat(51), (key) -> key));
	}

}
