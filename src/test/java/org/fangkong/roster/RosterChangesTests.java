package org.fangkong.roster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.audit.AuditTrail;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.checkpoint.CrewDuty;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.TestCheckpoints;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A published roster changes only by re-planning from a date or by an approved swap
 * (issue #11 item 5): a village checkpoint of its own with six village cadres, each a
 * crew member with a user account, so every seat feeds a crew duty.
 */
@IntegrationTest
class RosterChangesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	Rosters rosters;

	@Autowired
	CrewDuty duty;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	long checkpoint;

	Actor commander;

	Actor admin;

	/** Staff id → user id and user name. */
	final Map<Long, Long> users = new HashMap<>();

	final Map<Long, String> usernames = new HashMap<>();

	LocalDate tomorrow;

	@BeforeEach
	void village() throws Exception {
		DemoTree tree = new DemoTree(this.jurisdictions, this.checkpoints);
		long town = tree.node("铁力镇");
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		this.checkpoint = TestCheckpoints.create(this.mvc, "C" + suffix, "换班测试卡点" + suffix, "VILLAGE", town);
		for (int i = 0; i < 6; i++) {
			String username = "swap" + i + "." + suffix;
			long userId = this.accounts.createDemoUser(username, DemoUsers.PASSWORD,
					new Accounts.Assignment("换班 值守员" + i, Set.of(Role.CHECKPOINT_CREW), town, null, true));
			long staff = JsonPath.<Number>read(this.mvc
				.perform(post("/api/v1/staff").with(basic("commander"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"name":"村干部%d","grade":"VILLAGE_CADRE","checkpointId":%d,"userId":%d}""".formatted(i,
							this.checkpoint, userId)))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id").longValue();
			this.users.put(staff, userId);
			this.usernames.put(staff, username);
		}
		this.commander = Actors.demo(this.accounts, "commander");
		this.admin = Actors.demo(this.accounts, "admin");
		this.tomorrow = LocalDate.now(Clock.system(this.clock.getZone())).plusDays(1);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void rePlanningFromADateKeepsTheShiftsBeforeAndReplacesTheCrewDutiesOfTheLaterOnes() throws Exception {
		long roster = this.rosters
			.create(this.commander,
					new Rosters.NewRoster(this.tomorrow, this.tomorrow.plusDays(2), List.of(this.checkpoint)))
			.id();
		solve(roster);
		publish(roster);
		List<Rosters.AssignmentView> before = this.rosters.get(this.commander, roster).assignments();
		assertThat(duties()).isEqualTo(expectedDuties(before));

		// a re-plan starts today or later
		replan(roster, this.tomorrow.minusDays(2)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		// someone falls ill from the second day's morning
		Instant second = this.tomorrow.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant();
		long ill = before.stream().filter((a) -> !a.shiftStart().isBefore(second)).findFirst().orElseThrow().staffId();
		this.mvc
			.perform(post("/api/v1/staff/{id}/unavailability", ill).with(basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"from":"%s","until":"%s","reason":"ILLNESS"}""".formatted(second.plus(Duration.ofHours(8)),
						second.plus(Duration.ofDays(1)))))
			.andExpect(status().isCreated());
		replan(roster, this.tomorrow.plusDays(1)).andExpect(status().isAccepted());
		awaitSolved(roster);
		Rosters.RosterDetail replanned = this.rosters.get(this.commander, roster);
		assertThat(replanned.roster().score()).startsWith("0hard/");
		assertThat(replanned.roster().replannedFrom()).isEqualTo(second);
		assertThat(replanned.roster().replannedBy()).isEqualTo("commander");
		// the first day as it was, kept; the ill person off the second day
		assertThat(replanned.assignments()).filteredOn((a) -> a.shiftStart().isBefore(second))
			.allSatisfy((a) -> assertThat(a.pinned()).isTrue())
			.extracting(Rosters.AssignmentView::staffId)
			.containsExactlyElementsOf(before.stream()
				.filter((a) -> a.shiftStart().isBefore(second))
				.map(Rosters.AssignmentView::staffId)
				.toList());
		assertThat(replanned.assignments())
			.filteredOn(
					(a) -> a.shiftStart().isAfter(second) && a.shiftStart().isBefore(second.plus(Duration.ofDays(1))))
			.extracting(Rosters.AssignmentView::staffId)
			.doesNotContain(ill);
		// a kept shift stays as it was
		long kept = replanned.assignments().get(0).id();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.rosters.pin(this.commander, roster, kept, false))
			.isInstanceOf(org.fangkong.shared.UnprocessableRequestException.class);
		// until published again, the earlier duties stand
		assertThat(duties()).isEqualTo(expectedDuties(before));
		publish(roster);
		assertThat(duties()).isEqualTo(expectedDuties(this.rosters.get(this.commander, roster).assignments()));
		assertThat(this.audit.byActor("commander", RosterAudit.ROSTER_REPLANNED))
			.anySatisfy((e) -> assertThat(e.targetId()).isEqualTo(Long.toString(roster)));
	}

	@Test
	void aSwapIsRequestedByOneOfTheTwoApprovedByACommanderAndMovesTheirCrewDuties() throws Exception {
		long roster = this.rosters
			.create(this.commander, new Rosters.NewRoster(this.tomorrow, this.tomorrow, List.of(this.checkpoint)))
			.id();
		solve(roster);
		List<Rosters.AssignmentView> plan = this.rosters.get(this.commander, roster).assignments();
		// one day: a day shift and a night shift, no one in both
		Rosters.AssignmentView day = plan.get(0);
		Rosters.AssignmentView night = plan.stream()
			.filter((a) -> a.shiftStart().isAfter(day.shiftStart()))
			.findFirst()
			.orElseThrow();
		requestSwap(roster, day.id(), night.id(), basic("commander")).andExpect(status().isUnprocessableContent());
		publish(roster);

		String dayUser = this.usernames.get(day.staffId());
		requestSwap(roster, day.id(), night.id(), basic("crew")).andExpect(status().isForbidden());
		requestSwap(roster, day.id(), day.id(), basic("commander")).andExpect(status().isBadRequest());
		long swap = JsonPath
			.<Number>read(requestSwap(roster, day.id(), night.id(), httpBasic(dayUser, DemoUsers.PASSWORD))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id")
			.longValue();
		this.mvc.perform(post("/api/v1/rosters/{id}/swaps/{s}/approve", roster, swap).with(basic("hq-screening")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/rosters/{id}/swaps/{s}/approve", roster, swap).with(basic("commander")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.requestedBy").value(dayUser))
			.andExpect(jsonPath("$.decidedBy").value("commander"));
		List<Rosters.AssignmentView> swapped = this.rosters.get(this.commander, roster).assignments();
		assertThat(swapped).filteredOn((a) -> a.id() == day.id())
			.singleElement()
			.satisfies((a) -> assertThat(a.staffId()).isEqualTo(night.staffId()));
		assertThat(swapped).filteredOn((a) -> a.id() == night.id())
			.singleElement()
			.satisfies((a) -> assertThat(a.staffId()).isEqualTo(day.staffId()));
		assertThat(duties()).isEqualTo(expectedDuties(swapped));
		this.mvc.perform(post("/api/v1/rosters/{id}/swaps/{s}/refuse", roster, swap).with(basic("commander")))
			.andExpect(status().isUnprocessableContent());

		// swapping back while the night's person (the day's before) is unavailable by day
		this.mvc
			.perform(post("/api/v1/staff/{id}/unavailability", day.staffId()).with(basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"from":"%s","until":"%s","reason":"LEAVE"}""".formatted(day.shiftStart(), day.shiftEnd())))
			.andExpect(status().isCreated());
		long back = JsonPath
			.<Number>read(
					requestSwap(roster, day.id(), night.id(), basic("hq-screening")).andExpect(status().isCreated())
						.andReturn()
						.getResponse()
						.getContentAsString(),
					"$.id")
			.longValue();
		this.mvc.perform(post("/api/v1/rosters/{id}/swaps/{s}/approve", roster, back).with(basic("commander")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("swapId"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("村干部")));
		assertThat(this.rosters.get(this.commander, roster).assignments()).isEqualTo(swapped);
		this.mvc
			.perform(post("/api/v1/rosters/{id}/swaps/{s}/refuse", roster, back).with(basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"请假\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REFUSED"));
		this.mvc.perform(get("/api/v1/rosters/{id}/swaps", roster).with(basic("hq-screening")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].reason").value("请假"));
		assertThat(this.audit.byActor("commander", RosterAudit.ROSTER_SWAP_APPROVED))
			.anySatisfy((e) -> assertThat(e.targetId()).isEqualTo(Long.toString(swap)));
	}

	private org.springframework.test.web.servlet.ResultActions requestSwap(long roster, long one, long other,
			org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
		return this.mvc.perform(
				post("/api/v1/rosters/{id}/swaps", roster).with(who).contentType(MediaType.APPLICATION_JSON).content("""
						{"assignmentId":%d,"otherAssignmentId":%d}""".formatted(one, other)));
	}

	private org.springframework.test.web.servlet.ResultActions replan(long roster, LocalDate from) throws Exception {
		return this.mvc.perform(post("/api/v1/rosters/{id}/replan", roster).with(basic("commander"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"from\":\"" + from + "\"}"));
	}

	/** The crew duties at the checkpoint: user, from, until. */
	private Set<String> duties() {
		return this.duty.crewOf(this.admin, this.checkpoint)
			.stream()
			.map((d) -> d.userId() + "@" + d.validFrom() + "/" + d.validUntil())
			.collect(Collectors.toSet());
	}

	private Set<String> expectedDuties(List<Rosters.AssignmentView> plan) {
		List<String> expected = new ArrayList<>();
		for (Rosters.AssignmentView a : plan) {
			expected.add(this.users.get(a.staffId()) + "@" + a.shiftStart().minus(Duration.ofMinutes(30)) + "/"
					+ a.shiftEnd().plus(Duration.ofMinutes(30)));
		}
		assertThat(expected).doesNotHaveDuplicates();
		assertThat(this.duty.crewOf(this.admin, this.checkpoint)).hasSize(expected.size());
		return Set.copyOf(expected);
	}

	private void solve(long roster) throws Exception {
		this.mvc.perform(post("/api/v1/rosters/{id}/solve", roster).with(basic("commander")))
			.andExpect(status().isAccepted());
		awaitSolved(roster);
	}

	private void awaitSolved(long roster) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.rosters.get(this.commander, roster).roster().status() == RosterStatus.SOLVED);
	}

	private void publish(long roster) throws Exception {
		this.mvc.perform(post("/api/v1/rosters/{id}/publish", roster).with(basic("commander")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
	}

}
