package org.fangkong.screening;

import org.fangkong.audit.AuditAction;
import org.fangkong.audit.AuditTrail;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.ScreeningJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.support.DemoUsers.basic;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #9 items 5 and 8: a list page that carries full ID numbers and phones is audited
 * with its filter and row count (AL1, UP6), a masked one is not; a page number out of
 * range is a 400 naming {@code page} on the API and on pages, never a 500.
 */
@IntegrationTest
class ListReadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail audit;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	long grid;

	@BeforeEach
	void setUp() throws Exception {
		this.grid = new DemoTree(this.jurisdictions, this.checkpoints).node("东岗社区");
		this.mvc
			.perform(post("/api/v1/screenings").with(basic("grid"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(ScreeningJson.in(this.grid).name("名单 读取").json()))
			.andExpect(status().isCreated());
	}

	@Test
	void everyPageWithFullIdentifiersIsAuditedWithItsRowCount() throws Exception {
		int before = this.audit.byActor("commander", AuditAction.SEARCH).size();
		this.mvc.perform(get("/api/v1/screenings").param("size", "5").with(basic("commander")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/screening").session(DemoUsers.session(this.mvc, "commander")))
			.andExpect(status().isOk());
		var entries = this.audit.byActor("commander", AuditAction.SEARCH);
		assertThat(entries).hasSize(before + 2);
		assertThat(entries.get(0).detail()).startsWith("ledger ").contains("page=0", "found=");
		assertThat(entries.get(0).detail()).doesNotContain("名单");
	}

	@Test
	void aPageNumberOutOfRangeIsA400() throws Exception {
		for (String page : new String[] { "-1", "10001", "2147483647" }) {
			this.mvc.perform(get("/api/v1/screenings").param("page", page).with(basic("commander")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("page"));
		}
		this.mvc.perform(get("/api/v1/screenings").param("page", "99999999999").with(basic("commander")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
		this.mvc
			.perform(get("/screening").param("page", "2147483647").session(DemoUsers.session(this.mvc, "commander")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("页码须在 0 到 10,000 之间")));
		this.mvc.perform(get("/admin/audit").param("page", "2147483647").session(DemoUsers.session(this.mvc, "admin")))
			.andExpect(status().isBadRequest());
	}

}
