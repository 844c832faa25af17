package org.fangkong.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.fangkong.roster.SeatKind;
import org.fangkong.roster.Skill;
import org.fangkong.roster.solver.Person;
import org.fangkong.roster.solver.RosterConstraints;
import org.fangkong.roster.solver.RosterPlan;
import org.fangkong.roster.solver.Seat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PERFORMANCE.md W6 (issue #11 item 9): the demo city's roster for 14 days. The 11 key
 * checkpoints × 3 shifts × 14 days × 4 seats from the pool of 449 (15 section-level and
 * 26 deputy cadres with the leader skill, 108 general cadres, 150 medics, 150 police), as
 * one problem; then the 71 village checkpoints × 2 shifts × 14 days × 2 seats, each from
 * its own 8 village cadres, as 71 problems. Measures the time to the first feasible plan
 * (no hard rule broken) with the same model and rules as the application. Tagged
 * {@code benchmark}: excluded from {@code verify}; run with
 * {@code ./mvnw -o test -Dtest=RosterSolveBenchmark -Dfangkong.excluded-test-groups=}.
 * The result is in docs/benchmarks.md.
 */
@Tag("benchmark")
class RosterSolveBenchmark {

	static final long START = 29_400_000L; // epoch minutes, a midnight in Asia/Shanghai

	@Test
	void theDemoCityReachesAFeasibleRoster() {
		List<Person> pool = new ArrayList<>();
		for (int i = 0; i < 449; i++) {
			Set<Skill> skills = (i < 41) ? EnumSet.of(Skill.LEADER)
					: (i < 149) ? Set.of() : (i % 2 == 0) ? EnumSet.of(Skill.MEDICAL) : EnumSet.of(Skill.POLICE);
			pool.add(new Person(i, skills, (i < 149) ? (i % 2) + 1 : null, new long[0][]));
		}
		List<Seat> seats = new ArrayList<>();
		for (int checkpoint = 1; checkpoint <= 11; checkpoint++) {
			for (int day = 0; day < 14; day++) {
				for (int shift = 0; shift < 3; shift++) {
					long start = START + (day * 24 + shift * 8) * 60L;
					int index = 0;
					for (SeatKind kind : List.of(SeatKind.LEADER, SeatKind.MEDIC, SeatKind.OTHER, SeatKind.OTHER)) {
						List<Person> candidates = pool.stream().filter((p) -> p.has(kind.skill())).toList();
						seats.add(new Seat(seats.size(), checkpoint, kind, ++index, start, start + 480, 720, shift == 0,
								(day / 7) % 2 + 1, candidates));
					}
				}
			}
		}
		long started = System.nanoTime();
		RosterPlan key = solver(Duration.ofSeconds(120)).solve(new RosterPlan(pool, seats));
		double keySeconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("W6 key checkpoints: %d seats, %d people: %s after %.1f s%n", seats.size(), pool.size(),
				key.getScore(), keySeconds);
		assertThat(key.getScore().isFeasible()).isTrue();

		started = System.nanoTime();
		Solver<RosterPlan> village = solver(Duration.ofSeconds(10));
		for (int checkpoint = 0; checkpoint < 71; checkpoint++) {
			List<Person> people = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				people.add(new Person(10_000 + checkpoint * 8 + i, EnumSet.of(Skill.VILLAGE), null, new long[0][]));
			}
			List<Seat> own = new ArrayList<>();
			for (int day = 0; day < 14; day++) {
				for (int shift = 0; shift < 2; shift++) {
					long start = START + (day * 24 + 8 + shift * 12) * 60L;
					for (int i = 1; i <= 2; i++) {
						own.add(new Seat(own.size(), 100 + checkpoint, SeatKind.VILLAGE, i, start, start + 720, 720,
								shift == 1, 0, people));
					}
				}
			}
			assertThat(village.solve(new RosterPlan(people, own)).getScore().isFeasible()).isTrue();
		}
		System.out.printf("W6 71 village checkpoints (56 seats, 8 people each): all feasible after %.1f s%n",
				(System.nanoTime() - started) / 1e9);
	}

	private static Solver<RosterPlan> solver(Duration limit) {
		return SolverFactory
			.<RosterPlan>create(new SolverConfig().withSolutionClass(RosterPlan.class)
				.withEntityClasses(Seat.class)
				.withConstraintProviderClass(RosterConstraints.class)
				.withTerminationConfig(new TerminationConfig().withBestScoreFeasible(true).withSpentLimit(limit)))
			.buildSolver();
	}

}
