package org.fangkong.roster.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.fangkong.roster.SeatKind;
import org.fangkong.roster.Skill;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small roster solves to a feasible plan (issue #11 item 10): 2 checkpoints × 3 shifts
 * of 8 h × 4 days, each with a leader, a medic and two others, from 8 leaders, 8 medics
 * and 12 others. Stops as soon as no hard rule is broken (or after 10 s).
 */
class SmallSolveTests {

	@Test
	void aSmallRosterSolvesToAFeasiblePlanWithEverySeatFilledByItsSkill() {
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < 28; i++) {
			Set<Skill> skills = (i < 8) ? EnumSet.of(Skill.LEADER) : (i < 16) ? EnumSet.of(Skill.MEDICAL) : Set.of();
			people.add(new Person(i, skills, (i < 8) ? (i % 2) + 1 : null, new long[0][]));
		}
		List<Seat> seats = new ArrayList<>();
		for (int checkpoint = 1; checkpoint <= 2; checkpoint++) {
			for (int day = 0; day < 4; day++) {
				for (int shift = 0; shift < 3; shift++) {
					long start = (day * 24 + shift * 8) * 60L;
					for (SeatKind kind : List.of(SeatKind.LEADER, SeatKind.MEDIC, SeatKind.OTHER, SeatKind.OTHER)) {
						List<Person> candidates = people.stream().filter((p) -> p.has(kind.skill())).toList();
						seats.add(new Seat(seats.size(), checkpoint, kind, 1, start, start + 480, 720, shift == 0,
								(day / 2) % 2 + 1, candidates));
					}
				}
			}
		}
		Solver<RosterPlan> solver = SolverFactory
			.<RosterPlan>create(
					new SolverConfig().withSolutionClass(RosterPlan.class)
						.withEntityClasses(Seat.class)
						.withConstraintProviderClass(RosterConstraints.class)
						.withTerminationConfig(new TerminationConfig().withBestScoreFeasible(true)
							.withSpentLimit(Duration.ofSeconds(10))))
			.buildSolver();
		RosterPlan plan = solver.solve(new RosterPlan(people, seats));

		assertThat(plan.getScore().isFeasible()).as(plan.getScore().toString()).isTrue();
		assertThat(plan.getSeats()).allSatisfy((seat) -> {
			assertThat(seat.getPerson()).isNotNull();
			assertThat(seat.getPerson().has(seat.getKind().skill())).isTrue();
		});
		Map<Person, List<Seat>> byPerson = plan.getSeats().stream().collect(Collectors.groupingBy(Seat::getPerson));
		byPerson.values().forEach((own) -> {
			List<Seat> sorted = own.stream().sorted(java.util.Comparator.comparingLong(Seat::getStart)).toList();
			for (int i = 1; i < sorted.size(); i++) {
				assertThat(sorted.get(i).getStart() - sorted.get(i - 1).getEnd()).isGreaterThanOrEqualTo(720);
			}
		});
	}

}
