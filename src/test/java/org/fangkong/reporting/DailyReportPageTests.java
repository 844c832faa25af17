package org.fangkong.reporting;

import java.time.Instant;
import java.time.LocalDate;

import org.fangkong.identity.Accounts;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The daily report's pages (issue #10 items 3, 4): each user sees only the buttons of the
 * steps they may take, a refused step is a message on the page and changes nothing, the
 * list shows the units of the user's scope, and the home page carries the filler's and
 * the approver's cards.
 */
@IntegrationTest
class DailyReportPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DailyReports reports;

	@Autowired
	Accounts accounts;

	@Test
	void eachUserSeesTheButtonsOfTheStepsTheyMayTakeAndARefusedStepIsAMessage() throws Exception {
		LocalDate day = this.reports.windows().dueDate(Instant.now()).minusDays(9);
		long id = this.reports.open(Actors.demo(this.accounts, "grid"), day, null).id();

		String filler = page("grid", "/daily-reports/" + id);
		assertThat(filler)
			.contains("id=\"report-save\"", "id=\"report-submit\"", "name=\"typed.screening.homeVisits\"", "返乡人员入户走访数",
					"卡点值守", "data-code=\"crossingsIn\"")
			.doesNotContain("id=\"report-approve\"", "id=\"report-return\"");
		String approver = page("township", "/daily-reports/" + id);
		assertThat(approver).doesNotContain("id=\"report-save\"", "id=\"report-submit\"", "id=\"report-approve\"",
				"name=\"typed.");

		MockHttpServletResponse refused = this.mvc
			.perform(post("/daily-reports/{id}/approve", id).with(csrf()).session(session("township")))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(302);
		assertThat(refused.getRedirectedUrl()).isEqualTo("/daily-reports/" + id);
		assertThat(page("township", "/daily-reports/" + id)).contains("日报尚未上报，不能审核或退回。");
		assertThat(this.reports.get(Actors.demo(this.accounts, "grid"), id).state()).isEqualTo(DailyReportState.DRAFT);

		this.mvc.perform(post("/daily-reports/{id}/submit", id).with(csrf())
			.session(session("grid"))
			.param("typed.screening.homeVisits", "9")
			.param("remark", "页面上报"));
		DailyReportView submitted = this.reports.get(Actors.demo(this.accounts, "grid"), id);
		assertThat(submitted.state()).isEqualTo(DailyReportState.SUBMITTED);
		assertThat(submitted.typed()).containsEntry("screening.homeVisits", 9L);
		assertThat(submitted.remark()).isEqualTo("页面上报");
		assertThat(page("township", "/daily-reports/" + id)).contains("id=\"report-approve\"", "id=\"report-return\"");
		assertThat(page("grid", "/daily-reports/" + id)).doesNotContain("id=\"report-save\"", "id=\"report-approve\"");
	}

	@Test
	void theListShowsTheUnitsOfTheScopeAndTheHomePageCarriesTheCards() throws Exception {
		String township = page("township", "/daily-reports");
		assertThat(township).contains("铁力镇", "东岗社区").doesNotContain("神树镇");
		String grid = page("grid", "/daily-reports");
		assertThat(grid).contains("东岗社区").doesNotContain("铁力镇");
		assertThat(page("grid", "/")).contains("id=\"daily-report-due\"", "/daily-reports/open")
			.doesNotContain("id=\"daily-report-queue\"");
		assertThat(page("township", "/")).contains("id=\"daily-report-due\"", "id=\"daily-report-queue\"");
		assertThat(page("commander", "/")).contains("id=\"daily-report-queue\"", "href=\"/daily-reports\"");
		assertThat(page("medic", "/")).doesNotContain("daily-report", "href=\"/daily-reports\"");
	}

	private String page(String user, String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).session(session(user))).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		assertThat(response.getStatus()).as(path + " as " + user).isEqualTo(200);
		return response.getContentAsString();
	}

	private MockHttpSession session(String user) {
		return DemoUsers.session(this.mvc, user);
	}

}
