package org.fangkong.roster;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fangkong.identity.Accounts;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The hotline's 24-hour staffing comes from the duty rosters (issue #12 item 3): a roster
 * that includes the hotline's post plans 3 × 8 h a day with two operators each from the
 * people of the pool with the hotline skill (the demo's seven medics), within the
 * solver's rules (rest, one post at a time); once published, the hotline's page shows who
 * answers now and next.
 */
@IntegrationTest
class HotlineRosterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Rosters rosters;

	@Autowired
	StaffPool pool;

	@Autowired
	DutyShifts shifts;

	@Autowired
	Accounts accounts;

	@Autowired
	Clock clock;

	@Test
	void aPublishedRosterStaffsTheHotlineAroundTheClock() throws Exception {
		Actor commander = Actors.demo(this.accounts, "commander");
		LocalDate today = LocalDate.now(this.clock);
		long id = this.rosters
			.create(commander, new Rosters.NewRoster(today, today.plusDays(1), List.of(Rosters.HOTLINE)))
			.id();
		this.rosters.solve(commander, id);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.rosters.get(commander, id).roster().status() == RosterStatus.SOLVED);
		List<Rosters.AssignmentView> seats = this.rosters.get(commander, id).assignments();
		// two days, three shifts a day, two operators a shift, all filled
		assertThat(seats).hasSize(12).allSatisfy((a) -> {
			assertThat(a.checkpointId()).isEqualTo(Rosters.HOTLINE);
			assertThat(a.seat()).isEqualTo(SeatKind.HOTLINE);
			assertThat(a.staffId()).isNotNull();
			assertThat(Duration.between(a.shiftStart(), a.shiftEnd())).isEqualTo(Duration.ofHours(8));
		});
		// only people with the hotline skill, never two seats of one shift to one person
		Set<Long> hotline = this.pool.list(commander, null)
			.stream()
			.filter((p) -> p.skills().contains(Skill.HOTLINE))
			.map(StaffPool.StaffView::id)
			.collect(Collectors.toSet());
		assertThat(hotline).hasSizeGreaterThanOrEqualTo(7);
		assertThat(seats).allSatisfy((a) -> assertThat(hotline).contains(a.staffId()));
		Map<java.time.Instant, Set<Long>> byShift = seats.stream()
			.collect(Collectors.groupingBy(Rosters.AssignmentView::shiftStart,
					Collectors.mapping(Rosters.AssignmentView::staffId, Collectors.toSet())));
		assertThat(byShift).hasSize(6).allSatisfy((start, people) -> assertThat(people).hasSize(2));
		assertThat(this.rosters.get(commander, id).roster().score()).startsWith("0hard");

		this.rosters.publish(commander, id);
		Actor operator = Actors.demo(this.accounts, "hotline");
		List<Rosters.AssignmentView> onDuty = this.shifts.onHotline(operator);
		// the shift on now and the next one, two operators each
		assertThat(onDuty).hasSize(4);
		assertThat(onDuty.get(0).shiftStart()).isBeforeOrEqualTo(this.clock.instant());
		String name = this.pool.namesOf(List.of(onDuty.get(0).staffId())).get(onDuty.get(0).staffId());
		this.mvc.perform(get("/rosters/hotline-on-duty").session(DemoUsers.session(this.mvc, "hotline")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(name)));
		assertThatThrownBy(() -> this.shifts.onHotline(Actors.demo(this.accounts, "crew")))
			.isInstanceOf(ForbiddenException.class);
	}

}
