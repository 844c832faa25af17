package org.fangkong.roster;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.fangkong.roster.ShiftRules.Window;
import org.fangkong.roster.solver.RosterConstraints;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hard rules a swap is checked against, alone (issue #11 item 5). */
class ShiftRulesTests {

	static final Instant DAY = Instant.parse("2030-03-01T00:00:00Z");

	static final Window SHIFT = window(8, 20);

	@Test
	void aPersonWithTheSkillFreeAndRestedMayTakeTheShift() {
		assertThat(ShiftRules.broken(Set.of(Skill.VILLAGE), List.of(window(-48, -24)),
				List.of(window(-16, -4), window(32, 44)), SeatKind.VILLAGE, SHIFT, Duration.ofHours(12)))
			.isEmpty();
	}

	@Test
	void eachRuleIsNamedAsTheSolverNamesIt() {
		assertThat(ShiftRules.broken(Set.of(Skill.VILLAGE), List.of(), List.of(), SeatKind.MEDIC, SHIFT,
				Duration.ofHours(12)))
			.containsExactly(RosterConstraints.SKILL);
		assertThat(ShiftRules.broken(Set.of(Skill.VILLAGE), List.of(), List.of(window(19, 31)), SeatKind.VILLAGE, SHIFT,
				Duration.ofHours(12)))
			.containsExactly(RosterConstraints.OVERLAP);
		assertThat(ShiftRules.broken(Set.of(Skill.VILLAGE), List.of(), List.of(window(20, 32)), SeatKind.VILLAGE, SHIFT,
				Duration.ofHours(12)))
			.containsExactly(RosterConstraints.REST);
		assertThat(ShiftRules.broken(Set.of(Skill.VILLAGE), List.of(), List.of(window(-16, -3)), SeatKind.VILLAGE,
				SHIFT, Duration.ofHours(12)))
			.containsExactly(RosterConstraints.REST);
		assertThat(ShiftRules.broken(Set.of(Skill.VILLAGE), List.of(window(19, 30)), List.of(), SeatKind.VILLAGE, SHIFT,
				Duration.ofHours(12)))
			.containsExactly(RosterConstraints.UNAVAILABLE);
		// time off ending as the shift starts does not count
		assertThat(ShiftRules.broken(Set.of(Skill.VILLAGE), List.of(window(0, 8)), List.of(), SeatKind.VILLAGE, SHIFT,
				Duration.ofHours(12)))
			.isEmpty();
	}

	private static Window window(int fromHour, int untilHour) {
		return new Window(DAY.plus(Duration.ofHours(fromHour)), DAY.plus(Duration.ofHours(untilHour)));
	}

}
