package org.fangkong.roster;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Excel import of the staff pool with a dry run (issue #11 item 2): the dry run writes
 * nothing, the commit writes the valid rows and skips the rejected; a number typed into a
 * general cell is read as its digits.
 */
@IntegrationTest
class StaffImportTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aDryRunWritesNothingAndTheCommitWritesTheValidRows() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String id = TestIds.next();
		byte[] workbook = workbook(suffix, id);
		String before = this.mvc.perform(get("/api/v1/staff").with(basic("commander")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		upload(workbook, true).andExpect(status().isOk())
			.andExpect(jsonPath("$.dryRun").value(true))
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.rejected.length()").value(2))
			.andExpect(jsonPath("$.rejected[0].row").value(4))
			.andExpect(jsonPath("$.rejected[0].field").value("职级"))
			.andExpect(jsonPath("$.rejected[1].row").value(5))
			.andExpect(jsonPath("$.rejected[1].field").value("梯队"));
		assertThat(this.mvc.perform(get("/api/v1/staff").with(basic("commander")))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("导入甲" + suffix).isEqualTo(before);

		upload(workbook, false).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
		String pool = this.mvc.perform(get("/api/v1/staff").with(basic("commander")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> masked = JsonPath.read(pool, "$[?(@.name == '导入乙" + suffix + "')].idNumberMasked");
		assertThat(masked).containsExactly(id.substring(0, 4) + "**********" + id.substring(14));
		assertThat(pool).contains("导入甲" + suffix).doesNotContain("导入丙" + suffix);

		this.mvc
			.perform(multipart("/api/v1/staff/import")
				.file(new MockMultipartFile("file", "x.xlsx", null, "not a workbook".getBytes()))
				.with(basic("commander")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		this.mvc
			.perform(multipart("/api/v1/staff/import").file(new MockMultipartFile("file", "x.xlsx", null, workbook))
				.with(basic("grid")))
			.andExpect(status().isForbidden());
		// the page: a dry run shows the rejected rows
		String page = this.mvc
			.perform(multipart("/rosters/staff/import").file(new MockMultipartFile("file", "x.xlsx", null, workbook))
				.session(DemoUsers.session(this.mvc, "hq-screening"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("import-rejected", "试导入");
	}

	@Test
	void onThePageTheDryRunsFileIsWrittenByTheCommitButtonWithoutSendingItAgain() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		byte[] workbook = workbook(suffix, TestIds.next());
		var session = DemoUsers.session(this.mvc, "commander");
		var dryRun = this.mvc
			.perform(multipart("/rosters/staff/import").file(new MockMultipartFile("file", "x.xlsx", null, workbook))
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
		String token = (String) dryRun.getModelAndView().getModel().get("token");
		assertThat(dryRun.getResponse().getContentAsString()).contains("import-commit", "写入 2 条有效行");
		assertThat(pool()).doesNotContain("导入甲" + suffix);

		String committed = this.mvc
			.perform(post("/rosters/staff/import/{token}/commit", token).session(session).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(committed).contains("已导入 2 人").doesNotContain("import-commit");
		assertThat(pool()).contains("导入甲" + suffix, "导入乙" + suffix).doesNotContain("导入丙" + suffix);
		// the file is gone once written: a second press writes nothing twice
		this.mvc.perform(post("/rosters/staff/import/{token}/commit", token).session(session).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private String pool() throws Exception {
		return this.mvc.perform(get("/api/v1/staff").with(basic("commander")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private ResultActions upload(byte[] workbook, boolean dryRun) throws Exception {
		return this.mvc
			.perform(multipart("/api/v1/staff/import").file(new MockMultipartFile("file", "pool.xlsx", null, workbook))
				.param("dryRun", String.valueOf(dryRun))
				.with(basic("commander")));
	}

	private static byte[] workbook(String suffix, String id) throws Exception {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("人员");
			Row header = sheet.createRow(0);
			String[] columns = { "姓名", "职级", "单位", "梯队", "身份证号" };
			for (int i = 0; i < columns.length; i++) {
				header.createCell(i).setCellValue(columns[i]);
			}
			Row a = sheet.createRow(1);
			a.createCell(0).setCellValue("导入甲" + suffix);
			a.createCell(1).setCellValue("一般干部");
			a.createCell(2).setCellValue("市直机关");
			a.createCell(3).setCellValue(1);
			Row b = sheet.createRow(2);
			b.createCell(0).setCellValue("导入乙" + suffix);
			b.createCell(1).setCellValue("MEDIC");
			b.createCell(4).setCellValue(id);
			// a number typed into a general cell (stored as 1.0 by POI, 1 by LibreOffice)
			b.createCell(3).setCellValue(2);
			Row c = sheet.createRow(3);
			c.createCell(0).setCellValue("导入丙" + suffix);
			c.createCell(1).setCellValue("将军");
			Row d = sheet.createRow(4);
			d.createCell(0).setCellValue("导入丁" + suffix);
			d.createCell(1).setCellValue("公安");
			d.createCell(3).setCellValue(3);
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
