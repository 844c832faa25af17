package org.fangkong.roster.solver;

import java.util.List;
import java.util.Set;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.fangkong.roster.SeatKind;
import org.fangkong.roster.Skill;
import org.junit.jupiter.api.Test;

/**
 * Each rule of a duty roster alone (issue #11 item 10), with Timefold's
 * {@link ConstraintVerifier}. Times are epoch minutes; 12 h of rest.
 */
class RosterConstraintsTests {

	static final long H = 60;

	static final long REST = 12 * H;

	final ConstraintVerifier<RosterConstraints, RosterPlan> verifier = ConstraintVerifier.build(new RosterConstraints(),
			RosterPlan.class, Seat.class);

	final Person leader = new Person(1, Set.of(Skill.LEADER), 1, new long[0][]);

	final Person medic = new Person(2, Set.of(Skill.MEDICAL), null, new long[0][]);

	final Person ill = new Person(3, Set.of(), 2, new long[][] { { 20 * H, 40 * H } });

	static Seat seat(long id, SeatKind kind, long startHour, long hours, Person person) {
		return seat(id, kind, startHour, hours, person, false, 0);
	}

	static Seat seat(long id, SeatKind kind, long startHour, long hours, Person person, boolean night, int echelon) {
		Seat seat = new Seat(id, 1, kind, 1, startHour * H, (startHour + hours) * H, REST, night, echelon, List.of());
		seat.setPerson(person);
		return seat;
	}

	@Test
	void aSeatNeedsItsSkill() {
		this.verifier.verifyThat(RosterConstraints::skill)
			.given(seat(1, SeatKind.LEADER, 0, 8, this.medic), seat(2, SeatKind.MEDIC, 0, 8, this.medic),
					seat(3, SeatKind.OTHER, 0, 8, this.medic), seat(4, SeatKind.LEADER, 8, 8, this.leader))
			.penalizesBy(1);
	}

	@Test
	void nobodySitsInTwoSeatsAtOnce() {
		this.verifier.verifyThat(RosterConstraints::overlap)
			.given(seat(1, SeatKind.OTHER, 0, 8, this.medic), seat(2, SeatKind.MEDIC, 4, 8, this.medic),
					seat(3, SeatKind.OTHER, 4, 8, this.leader), seat(4, SeatKind.OTHER, 12, 8, this.leader))
			.penalizesBy(1);
	}

	@Test
	void twelveHoursOfRestBetweenShifts() {
		// 0-8 then 16-24: 8 h of rest (broken); 44-52 after 16-24: 20 h (kept); two seats
		// at
		// the same time are the overlap rule's, not this one's
		this.verifier.verifyThat(RosterConstraints::rest)
			.given(seat(1, SeatKind.OTHER, 0, 8, this.medic), seat(2, SeatKind.OTHER, 16, 8, this.medic),
					seat(3, SeatKind.OTHER, 44, 8, this.medic))
			.penalizesBy(1);
		this.verifier.verifyThat(RosterConstraints::rest)
			.given(seat(1, SeatKind.OTHER, 0, 8, this.medic), seat(2, SeatKind.OTHER, 0, 8, this.medic))
			.penalizesBy(0);
	}

	@Test
	void nobodyWhileUnavailable() {
		this.verifier.verifyThat(RosterConstraints::unavailable)
			.given(seat(1, SeatKind.OTHER, 14, 8, this.ill), seat(2, SeatKind.OTHER, 36, 8, this.ill),
					seat(3, SeatKind.OTHER, 40, 8, this.ill))
			.penalizesBy(2);
	}

	@Test
	void hoursAreSpreadFairly() {
		// the medic 16 h, the leader 8 h: 16² + 8²
		this.verifier.verifyThat(RosterConstraints::fairHours)
			.given(seat(1, SeatKind.OTHER, 0, 8, this.medic), seat(2, SeatKind.OTHER, 24, 8, this.medic),
					seat(3, SeatKind.OTHER, 0, 8, this.leader))
			.penalizesBy(16 * 16 + 8 * 8);
	}

	@Test
	void nightShiftsAreSpreadFairly() {
		this.verifier.verifyThat(RosterConstraints::fairNights)
			.given(seat(1, SeatKind.OTHER, 0, 8, this.medic, true, 0),
					seat(2, SeatKind.OTHER, 24, 8, this.medic, true, 0),
					seat(3, SeatKind.OTHER, 8, 8, this.leader, false, 0))
			.penalizesBy(4);
	}

	@Test
	void eachEchelonServesItsOwnWeeks() {
		// the leader is of echelon 1, the ill cadre of 2; the medic has no echelon
		this.verifier.verifyThat(RosterConstraints::echelon)
			.given(seat(1, SeatKind.LEADER, 0, 8, this.leader, false, 2),
					seat(2, SeatKind.LEADER, 24, 8, this.leader, false, 1),
					seat(3, SeatKind.OTHER, 0, 8, this.medic, false, 2),
					seat(4, SeatKind.OTHER, 0, 8, this.ill, false, 0))
			.penalizesBy(1);
	}

	@Test
	void preferencesAreASoftRule() {
		// prefers no nights and Saturdays (ISO 6) and Sundays (7) off
		Person choosy = new Person(4, Set.of(), null, new long[0][], true, (1 << 6) | (1 << 7));
		this.verifier.verifyThat(RosterConstraints::preferences)
			.given(seat(1, SeatKind.OTHER, 20, 12, choosy, true, 0).onDay(3),
					seat(2, SeatKind.OTHER, 8, 12, choosy, false, 0).onDay(6),
					seat(3, SeatKind.OTHER, 8, 12, choosy, false, 0).onDay(1),
					seat(4, SeatKind.OTHER, 20, 12, this.medic, true, 0).onDay(7))
			.penalizesBy(2);
	}

}
