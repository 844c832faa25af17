package org.fangkong.roster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fangkong.roster.solver.Person;
import org.fangkong.roster.solver.RosterConstraints;

/**
 * The hard rules of a roster for one person taking one shift outside the solver (a swap,
 * issue #11 item 5): the seat's skill, not two shifts at once, the minimum rest between
 * shifts and not while unavailable. The same rules as {@link RosterConstraints}, named as
 * there; skills and unavailability are checked by the solver's own {@link Person}.
 */
final class ShiftRules {

	private ShiftRules() {
	}

	/** A shift or a time off: from, until (half-open). */
	record Window(Instant from, Instant until) {

	}

	/**
	 * The rules broken if a person with {@code skills}, their {@code other} shifts and
	 * times {@code off} takes the {@code seat} from {@code start} until {@code end};
	 * empty if none.
	 */
	static List<String> broken(Set<Skill> skills, List<Window> off, List<Window> other, SeatKind seat, Window shift,
			Duration minRest) {
		long[][] unavailable = off.stream()
			.map((w) -> new long[] { minutes(w.from()), minutes(w.until()) })
			.toArray(long[][]::new);
		Person person = new Person(0, skills, null, unavailable);
		List<String> broken = new ArrayList<>();
		if (!person.has(seat.skill())) {
			broken.add(RosterConstraints.SKILL);
		}
		boolean overlap = false;
		boolean rest = false;
		for (Window w : other) {
			if (w.from().isBefore(shift.until()) && shift.from().isBefore(w.until())) {
				overlap = true;
			}
			else if (w.from().isBefore(shift.until().plus(minRest)) && shift.from().isBefore(w.until().plus(minRest))) {
				rest = true;
			}
		}
		if (overlap) {
			broken.add(RosterConstraints.OVERLAP);
		}
		if (rest) {
			broken.add(RosterConstraints.REST);
		}
		if (person.unavailableDuring(minutes(shift.from()), minutes(shift.until()))) {
			broken.add(RosterConstraints.UNAVAILABLE);
		}
		return broken;
	}

	private static long minutes(Instant at) {
		return at.getEpochSecond() / 60;
	}

}
