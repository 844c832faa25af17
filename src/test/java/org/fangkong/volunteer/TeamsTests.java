package org.fangkong.volunteer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.organisation.Organisation;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #15 item 2 (R-VOL-3, R-GRID-3): a township forms an assault team of its own
 * people, assigns a residential building to a work unit served by the team, sees both on
 * the team's page, and an order to the team is offered to its members; a building of
 * another township, or a node that is no building, is refused.
 */
@IntegrationTest
class TeamsTests {

	@Autowired
	Teams teams;

	@Autowired
	Volunteers volunteers;

	@Autowired
	Dispatch dispatch;

	@Autowired
	DispatchQueries queries;

	@Autowired
	Organisation organisation;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Accounts accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void aTownshipFormsATeamAssignsABuildingAndDispatchesTheTeam() throws Exception {
		Actor township = Actors.demo(this.accounts, "township");
		List<Long> members = this.volunteers.list(township, 1, 0).items().stream().limit(3).map((v) -> v.id()).toList();
		Teams.TeamView team = this.teams.create(township,
				new Teams.NewTeam("西岗社区测试突击队", TeamKind.ASSAULT_TEAM, members.get(0), members, null));
		assertThat(team.members()).isEqualTo(3);
		assertThat(team.leaderName()).isNotBlank();
		long building = this.jurisdictions.findByCode("230781100002G1").orElseThrow().id();
		Organisation.WorkUnitView unit = this.organisation.units().get(1);
		this.teams.assignUnit(township, team.id(), new Teams.NewPreventionUnit(building, unit.id()));
		Teams.TeamDetail detail = this.teams.get(township, team.id());
		assertThat(detail.units()).singleElement()
			.satisfies((u) -> assertThat(u.workUnitName()).isEqualTo(unit.name()));
		assertThat(detail.members()).hasSize(3).allSatisfy((m) -> assertThat(m.phone()).contains("****"));
		String page = this.mvc
			.perform(get("/volunteers/teams/" + team.id()).session(DemoUsers.session(this.mvc, "township")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("西岗社区测试突击队", unit.name(), "1号楼");

		// 20:00 local: inside every daily window of the demo reserve (some serve
		// 18:00–08:00)
		Instant from = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
			.plusDays(60)
			.atTime(20, 0)
			.atZone(java.time.ZoneId.of("Asia/Shanghai"))
			.toInstant();
		long order = this.dispatch
			.issue(township,
					new NewOrder("楼栋消杀", building, null, null, from, from.plusSeconds(3600), 2, null, team.id(), null,
							null))
			.id();
		assertThat(this.queries.get(township, order).people()).extracting(DispatchQueries.AssignmentView::volunteerId)
			.containsExactlyInAnyOrderElementsOf(members);
	}

	@Test
	void aBuildingOutsideTheTownshipOrANodeThatIsNoBuildingIsRefused() {
		Actor township = Actors.demo(this.accounts, "township");
		Actor commander = Actors.demo(this.accounts, "commander");
		long team = this.teams.create(township, new Teams.NewTeam("测试小组", TeamKind.SCREENING_GROUP, null, null, null))
			.id();
		long unit = this.organisation.units().get(0).id();
		long town = this.jurisdictions.findByCode("230781100").orElseThrow().id();
		assertThatThrownBy(() -> this.teams.assignUnit(township, team, new Teams.NewPreventionUnit(town, unit)))
			.isInstanceOf(InvalidInputException.class)
			.satisfies((ex) -> assertThat(((InvalidInputException) ex).violations().get(0).messageKey())
				.isEqualTo("team.validation.building"));
		long cityTeam = this.teams.list(commander)
			.stream()
			.filter((t) -> t.name().equals("新一村驻村工作队"))
			.findFirst()
			.orElseThrow()
			.id();
		assertThatThrownBy(() -> this.teams.get(township, cityTeam))
			.isInstanceOf(org.fangkong.shared.NotFoundException.class);
	}

}
