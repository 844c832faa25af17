package org.fangkong.roster;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.fangkong.roster.solver.Person;
import org.fangkong.roster.solver.Seat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capacity check (issue #11 item 4): before solving, it names the checkpoint and the
 * shifts that cannot be staffed.
 */
class CapacityTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static List<Seat> shifts(List<Person> leaders, int checkpoints, int days) {
		List<Seat> seats = new ArrayList<>();
		for (int c = 1; c <= checkpoints; c++) {
			for (int day = 0; day < days; day++) {
				for (int shift = 0; shift < 3; shift++) {
					long start = 29_000_000L + (day * 24 + shift * 8) * 60L;
					seats
						.add(new Seat(seats.size(), c, SeatKind.LEADER, 1, start, start + 480, 720, false, 0, leaders));
				}
			}
		}
		return seats;
	}

	static List<Person> leaders(int count) {
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			people.add(new Person(i, EnumSet.of(Skill.LEADER), null, new long[0][]));
		}
		return people;
	}

	@Test
	void enoughLeadersForThreeShiftsADayPass() {
		assertThat(Capacity.check(shifts(leaders(6), 2, 3), Duration.ofHours(12), ZONE)).isEmpty();
	}

	@Test
	void tooFewLeadersForTheDayNameTheCheckpointsAndShifts() {
		// 2 checkpoints × 3 shifts a day need 6 leaders, each can take one shift a day
		List<Capacity.Shortage> shortages = Capacity.check(shifts(leaders(5), 2, 2), Duration.ofHours(12), ZONE);
		assertThat(shortages).extracting(Capacity.Shortage::checkpointId).containsExactly(1L, 2L);
		assertThat(shortages.get(0).seat()).isEqualTo(SeatKind.LEADER);
		assertThat(shortages.get(0).shifts()).hasSize(6);
		assertThat(shortages.get(0).needed()).isEqualTo(6);
		assertThat(shortages.get(0).available()).isEqualTo(5);
	}

	@Test
	void nobodyForASeatAtAllIsAShortageOfThatShift() {
		List<Capacity.Shortage> shortages = Capacity.check(shifts(leaders(0), 1, 1), Duration.ofHours(12), ZONE);
		assertThat(shortages).hasSize(1);
		assertThat(shortages.get(0).shifts()).hasSize(3);
		assertThat(shortages.get(0).available()).isZero();
	}

}
