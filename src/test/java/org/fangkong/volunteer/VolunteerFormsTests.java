package org.fangkong.volunteer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.organisation.Organisation;
import org.fangkong.shared.Actor;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #15 items 1 and 2 on the pages: a township registers and revises a volunteer,
 * forms a team, chooses its leader and members, and assigns a building to a work unit;
 * bad input is answered under its field in the user's language (Chinese first, English
 * second) and changes nothing.
 */
@IntegrationTest
class VolunteerFormsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Volunteers volunteers;

	@Autowired
	Teams teams;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Organisation organisation;

	@Autowired
	Accounts accounts;

	@Test
	void aVolunteerIsRegisteredAndRevisedOnThePageAndBadInputIsExplainedInTheUsersLanguage() throws Exception {
		Actor township = Actors.demo(this.accounts, "township");
		MockHttpSession session = DemoUsers.session(this.mvc, "township");
		String zh = body(post("/volunteers/reserve").session(session)
			.with(csrf())
			.param("name", "表单志愿者")
			.param("phone", "12345")
			.param("birthDate", ""), 200);
		assertThat(zh).contains("手机号须为 11 位", "此项必填", "is-invalid");
		String en = body(post("/volunteers/reserve").session(session)
			.cookie(new Cookie("fangkong-lang", "en"))
			.with(csrf())
			.param("name", "表单志愿者")
			.param("birthDate", LocalDate.now().minusYears(10).toString()), 200);
		assertThat(en).contains("Register a volunteer", "not accepted into the reserve").doesNotContain("未满");
		assertThat(named(township, "表单志愿者")).isEmpty();

		this.mvc
			.perform(post("/volunteers/reserve").session(session)
				.with(csrf())
				.param("name", "表单志愿者")
				.param("unit", "市供电公司")
				.param("birthDate", "1990-04-05")
				.param("phone", "13712345678")
				.param("skills", "DRIVING", "MEDICAL")
				.param("availableFrom", "08:00")
				.param("availableUntil", "18:00"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/volunteers/reserve"));
		Volunteers.VolunteerView saved = named(township, "表单志愿者").get(0);
		assertThat(saved.skills()).containsExactlyInAnyOrder(VolunteerSkill.DRIVING, VolunteerSkill.MEDICAL);
		assertThat(saved.jurisdictionId()).isEqualTo(township.jurisdictionId());

		String form = body(get("/volunteers/reserve/" + saved.id() + "/edit").session(session), 200);
		assertThat(form).contains("13712345678", "市供电公司", "value=\"08:00\"", "未关联平台账号");
		this.mvc
			.perform(post("/volunteers/reserve/" + saved.id()).session(session)
				.with(csrf())
				.param("name", "表单志愿者")
				.param("birthDate", "1960-04-05")
				.param("phone", "13712345678")
				.param("medicalEchelon", "2")
				.param("skills", "SCREENING"))
			.andExpect(status().is3xxRedirection());
		Volunteers.VolunteerView revised = this.volunteers.get(township, saved.id());
		assertThat(revised.skills()).containsExactly(VolunteerSkill.SCREENING);
		assertThat(revised.medicalEchelon()).isEqualTo(2);
		assertThat(revised.echelon()).isEqualTo(this.volunteers.echelons()
			.echelonOf(LocalDate.of(1960, 4, 5), LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))));
		assertThat(revised.availableFrom()).isNull();

		String refused = body(post("/volunteers/reserve/" + saved.id()).session(session)
			.with(csrf())
			.param("name", "")
			.param("birthDate", "1960-04-05")
			.param("availableFrom", "08:00"), 200);
		assertThat(refused).contains("此项必填", "可调派时段须同时填写开始和结束");
		assertThat(this.volunteers.get(township, saved.id()).name()).isEqualTo("表单志愿者");
	}

	@Test
	void aTeamIsFormedStaffedAndGivenABuildingOnThePages() throws Exception {
		Actor township = Actors.demo(this.accounts, "township");
		Actor commander = Actors.demo(this.accounts, "commander");
		MockHttpSession session = DemoUsers.session(this.mvc, "township");
		assertThat(body(post("/volunteers/teams").session(session)
			.with(csrf())
			.param("name", " ")
			.param("kind", "ASSAULT_TEAM"), 200)).contains("此项必填");
		String location = this.mvc
			.perform(post("/volunteers/teams").session(session)
				.with(csrf())
				.param("name", "表单突击队")
				.param("kind", "ASSAULT_TEAM"))
			.andExpect(redirectedUrlPattern("/volunteers/teams/*/edit"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long team = Long.parseLong(location.split("/")[3]);

		List<Volunteers.VolunteerChoice> candidates = this.teams.choices(township, team).volunteers();
		assertThat(candidates).hasSizeGreaterThan(3);
		String form = body(get(location).session(session), 200);
		assertThat(form).contains(candidates.get(0).name(), "memberIds");

		long foreign = this.volunteers
			.add(commander,
					new NewVolunteer("外乡队员", null, LocalDate.of(1980, 1, 1), null, null, null, null, null, null, null,
							this.jurisdictions.townshipsAndGrids()
								.stream()
								.filter((n) -> n.name().equals("新一村"))
								.findFirst()
								.orElseThrow()
								.id()))
			.id();
		String refused = body(post("/volunteers/teams/" + team).session(session)
			.with(csrf())
			.param("name", "表单突击队")
			.param("kind", "ASSAULT_TEAM")
			.param("memberIds", String.valueOf(candidates.get(0).id()), String.valueOf(foreign)), 200);
		assertThat(refused).contains("所选项目不存在");
		assertThat(this.teams.get(township, team).members()).isEmpty();

		this.mvc
			.perform(post("/volunteers/teams/" + team).session(session)
				.with(csrf())
				.param("name", "表单突击队（改）")
				.param("kind", "SCREENING_GROUP")
				.param("leaderId", String.valueOf(candidates.get(2).id()))
				.param("memberIds", String.valueOf(candidates.get(0).id()), String.valueOf(candidates.get(1).id())))
			.andExpect(redirectedUrl("/volunteers/teams/" + team));
		Teams.TeamDetail detail = this.teams.get(township, team);
		assertThat(detail.team().name()).isEqualTo("表单突击队（改）");
		assertThat(detail.team().kind()).isEqualTo(TeamKind.SCREENING_GROUP);
		assertThat(detail.members()).extracting(Volunteers.VolunteerView::id)
			.containsExactlyInAnyOrder(candidates.get(0).id(), candidates.get(1).id(), candidates.get(2).id());

		assertThat(body(post("/volunteers/teams/" + team + "/units").session(session).with(csrf()), 200))
			.contains("此项必填", "所选项目不存在");
		long building = this.teams.choices(township, team).buildings().get(0).id();
		long workUnit = this.organisation.units().get(0).id();
		this.mvc
			.perform(post("/volunteers/teams/" + team + "/units").session(session)
				.with(csrf())
				.param("jurisdictionId", String.valueOf(building))
				.param("workUnitId", String.valueOf(workUnit)))
			.andExpect(redirectedUrl("/volunteers/teams/" + team));
		assertThat(this.teams.get(township, team).units()).singleElement()
			.satisfies((u) -> assertThat(u.jurisdictionId()).isEqualTo(building));
	}

	@Test
	void aCommunitysTeamIsRevisedWithItsMembersAndLeaderChosenAndTheTownshipsReserveOffered() throws Exception {
		Actor township = Actors.demo(this.accounts, "township");
		Teams.TeamView team = this.teams.list(township)
			.stream()
			.filter((t) -> t.name().equals("东岗社区突击队"))
			.findFirst()
			.orElseThrow();
		List<Long> members = this.teams.get(township, team.id()).members().stream().map((m) -> m.id()).toList();
		assertThat(members).isNotEmpty();
		List<Long> offered = this.teams.choices(township, team.id())
			.volunteers()
			.stream()
			.map(Volunteers.VolunteerChoice::id)
			.toList();
		assertThat(offered).containsAll(members).hasSizeGreaterThan(members.size());
		String form = body(
				get("/volunteers/teams/" + team.id() + "/edit").session(DemoUsers.session(this.mvc, "township")), 200);
		assertThat(form.split("checked=\"checked\"", -1)).hasSize(members.size() + 1);
		assertThat(form).contains("value=\"" + team.leaderId() + "\" selected=\"selected\"");
	}

	private List<Volunteers.VolunteerView> named(Actor actor, String name) {
		List<Volunteers.VolunteerView> found = new java.util.ArrayList<>();
		for (int page = 0;; page++) {
			Volunteers.VolunteerPage rows = this.volunteers.list(actor, null, page);
			rows.items().stream().filter((v) -> v.name().equals(name)).forEach(found::add);
			if (!rows.hasNext()) {
				return found;
			}
		}
	}

	private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
