package org.fangkong.screening;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.time.LocalDate;
import java.time.ZoneId;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The screening pages render for each role that has them, with what that role may do. */
@IntegrationTest
class ScreeningPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Screenings screenings;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Test
	void theDetailPageShowsTheChainAndOffersOverridesOnlyAboveTheGrid() throws Exception {
		long dongGang = new DemoTree(this.jurisdictions, this.checkpoints).node("东岗社区");
		Actor grid = Actors.user("grid").role(Role.GRID_WORKER).node(dongGang).build();
		Screenings.ScreeningView screening = this.screenings.create(grid,
				new NewScreening("蒋页面", null, "RESIDENT_ID", TestIds.next(), null, null, null, dongGang,
						"SELF_REPORTED", "WUHAN", null, null, LocalDate.now(ZoneId.of("Asia/Shanghai")), "TRAIN", null,
						null, null, null, null, null, null, null));
		this.mvc.perform(get("/screening/{id}", screening.id()).session(DemoUsers.session(this.mvc, "township")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("蒋页面")))
			.andExpect(content().string(containsString("override-form")));
		this.mvc.perform(get("/screening/{id}", screening.id()).session(DemoUsers.session(this.mvc, "grid")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("check-form")))
			.andExpect(content().string(not(containsString("override-form"))));
		this.mvc.perform(get("/screening").session(DemoUsers.session(this.mvc, "grid")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("蒋页面")));
		this.mvc.perform(get("/screening/{id}", screening.id()).session(DemoUsers.session(this.mvc, "grid2")))
			.andExpect(status().isNotFound());
	}

	/**
	 * Issue #7 item 10: an htmx request gets the table alone (to replace it, never to
	 * nest in it), a history restore gets the whole page, both say they vary by
	 * HX-Request, and the sort and page links keep every filter, dates included.
	 */
	@Test
	void theLedgerTableSwapsAloneAndItsLinksKeepEveryFilter() throws Exception {
		MockHttpSession session = DemoUsers.session(this.mvc, "township");
		String page = this.mvc
			.perform(get("/screening").param("status", "UNDER_MEASURE")
				.param("from", "2020-01-01")
				.param("to", "2030-12-31")
				.param("page", "1")
				.session(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<html").contains("id=\"ledger-filter\"");
		for (String link : List.of(href(page, "sort=name"), href(page, "page=0"))) {
			assertThat(link).contains("status=UNDER_MEASURE").contains("from=2020-01-01").contains("to=2030-12-31");
		}
		// Issue #8 item 2: the export is a submit button of the filter form, so it sends
		// whatever the form shows, also after htmx has replaced the table.
		int start = page.indexOf("id=\"ledger-filter\"");
		String form = page.substring(start, page.indexOf("</form>", start));
		assertThat(form).containsPattern("<button[^>]*type=\"submit\"[^>]*formaction=\"/screening/export\"")
			.contains("for=\"ledger-from\"")
			.contains("for=\"ledger-to\"")
			.contains("for=\"ledger-q\"");
		String fragment = this.mvc
			.perform(get("/screening").param("from", "2020-01-01").header("HX-Request", "true").session(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).doesNotContain("<html").doesNotContain("<form");
		assertThat(fragment.split("id=\"ledger-table\"", -1)).hasSize(2);
		assertThat(fragment.strip()).startsWith("<div id=\"ledger-table\"");
		assertThat(fragment).contains("name=\"sort\" form=\"ledger-filter\"");
		this.mvc
			.perform(get("/screening").header("HX-Request", "true")
				.header("HX-History-Restore-Request", "true")
				.session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("id=\"ledger-filter\"")));
	}

	/** The first href of the page that contains {@code part}, unescaped. */
	static String href(String html, String part) {
		Matcher matcher = Pattern.compile("href=\"([^\"]*" + Pattern.quote(part) + "[^\"]*)\"").matcher(html);
		assertThat(matcher.find()).as("a link with " + part).isTrue();
		return matcher.group(1).replace("&amp;", "&");
	}

}
