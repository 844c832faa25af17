package org.fangkong.volunteer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.fangkong.identity.Accounts;
import org.fangkong.shared.Actor;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #15 item 3 on the HQ board's form: an order to two named people found by name, an
 * order to a point; bad coordinates and an order to nobody are explained under their
 * fields in the user's language and issue nothing.
 */
@IntegrationTest
class OrderFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Volunteers volunteers;

	@Autowired
	DispatchQueries queries;

	@Autowired
	Accounts accounts;

	@Test
	void theBoardIssuesAnOrderToTwoNamedPeopleAndOneToAPoint() throws Exception {
		Actor commander = Actors.demo(this.accounts, "commander");
		MockHttpSession session = DemoUsers.session(this.mvc, "commander");
		String tag = UUID.randomUUID().toString().substring(0, 6);
		long first = this.volunteers
			.add(commander,
					new NewVolunteer("点名甲" + tag, "测试单位", LocalDate.of(1990, 1, 2), Set.of(VolunteerSkill.DRIVING),
							null, null, null, null, null, null, null))
			.id();
		long second = this.volunteers
			.add(commander,
					new NewVolunteer("点名乙" + tag, "测试单位", LocalDate.of(1970, 1, 2), Set.of(), null, null, null, null,
							null, null, null))
			.id();

		String board = body(get("/volunteers").session(session));
		assertThat(board).contains("value=\"people\"", "value=\"point\"", "id=\"order-map\"", "/js/order-form.js",
				"leaflet.js");
		String found = body(get("/volunteers/orders/people").session(session).param("q", tag));
		assertThat(found).contains("点名甲" + tag, "点名乙" + tag, "value=\"" + first + "\"", "value=\"" + second + "\"");
		String kept = body(get("/volunteers/orders/people").session(session)
			.param("q", "没有这个人" + tag)
			.param("volunteerIds", String.valueOf(first)));
		assertThat(kept).as("a person already ticked stays ticked while searching")
			.contains("点名甲" + tag, "checked")
			.doesNotContain("点名乙" + tag);
		assertThat(body(get("/volunteers/orders/people").session(session)
			.param("propose", "true")
			.param("skills", "DRIVING")
			.param("from", "2031-03-01T08:00")
			.param("to", "2031-03-01T12:00"))).contains("found-person");

		LocalDateTime from = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(3).withNano(0);
		MvcResult named = this.mvc
			.perform(post("/volunteers/orders").session(session)
				.with(csrf())
				.param("task", "点名任务" + tag)
				.param("jurisdictionId", String.valueOf(commander.jurisdictionId()))
				.param("from", from.toString())
				.param("to", from.plusHours(3).toString())
				.param("needed", "2")
				.param("target", "people")
				.param("volunteerIds", String.valueOf(first), String.valueOf(second)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/volunteers/orders/*"))
			.andReturn();
		DispatchQueries.OrderView toPeople = this.queries.get(commander, idOf(named));
		assertThat(toPeople.task()).isEqualTo("点名任务" + tag);
		assertThat(toPeople.people()).extracting(DispatchQueries.AssignmentView::volunteerId)
			.containsExactlyInAnyOrder(first, second);
		assertThat(toPeople.teamId()).isNull();
		assertThat(toPeople.echelon()).isNull();

		MvcResult point = this.mvc
			.perform(post("/volunteers/orders").session(session)
				.with(csrf())
				.param("task", "定点任务" + tag)
				.param("jurisdictionId", "point")
				.param("latitude", "46.9871")
				.param("longitude", "128.0512")
				.param("from", from.toString())
				.param("to", from.plusHours(2).toString())
				.param("needed", "1")
				.param("target", "echelon:1"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		DispatchQueries.OrderView atPoint = this.queries.get(commander, idOf(point));
		assertThat(atPoint.latitude()).isEqualTo(46.9871);
		assertThat(atPoint.longitude()).isEqualTo(128.0512);
		assertThat(atPoint.echelon()).isEqualTo(1);

		String zh = body(post("/volunteers/orders").session(session)
			.with(csrf())
			.param("task", "坏任务" + tag)
			.param("jurisdictionId", "point")
			.param("latitude", "北纬四十六")
			.param("longitude", "")
			.param("from", from.toString())
			.param("to", from.plusHours(2).toString())
			.param("needed", "1")
			.param("target", "people"));
		assertThat(zh).contains("请填写 -90 到 90 之间的数字", "此项必填", "请至少勾选一名人员", "is-invalid", "value=\"北纬四十六\"");
		String en = body(post("/volunteers/orders").session(session)
			.cookie(new Cookie("fangkong-lang", "en"))
			.with(csrf())
			.param("task", "坏任务" + tag)
			.param("jurisdictionId", "point")
			.param("latitude", "95")
			.param("longitude", "128")
			.param("from", from.toString())
			.param("to", from.plusHours(2).toString())
			.param("needed", "1")
			.param("target", "people")
			.param("volunteerIds", String.valueOf(first)));
		assertThat(en).contains("Enter a number between -90 and 90").doesNotContain("请填写");
		assertThat(this.queries.list(commander, null, 0).items()).extracting(DispatchQueries.OrderView::task)
			.doesNotContain("坏任务" + tag);
	}

	private static long idOf(MvcResult result) {
		String url = result.getResponse().getRedirectedUrl();
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
