package org.fangkong.roster.solver;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * The rules of a duty roster (issue #11 item 4). Hard rules are the skill of each seat,
 * nobody in two seats at once, the minimum rest between two shifts and nobody while
 * unavailable. Soft rules are a fair spread of hours and of night shifts, each echelon on
 * duty in its own weeks, and the people's preferences (no nights, days off).
 */
public class RosterConstraints implements ConstraintProvider {

	public static final String SKILL = "Required skill";

	public static final String OVERLAP = "Two seats at once";

	public static final String REST = "Minimum rest";

	public static final String UNAVAILABLE = "Unavailable";

	public static final String FAIR_HOURS = "Fair hours";

	public static final String FAIR_NIGHTS = "Fair night shifts";

	public static final String ECHELON = "Echelon rotation";

	public static final String PREFERENCES = "Preferences";

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] { skill(factory), overlap(factory), rest(factory), unavailable(factory),
				fairHours(factory), fairNights(factory), echelon(factory), preferences(factory) };
	}

	Constraint skill(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.filter(Seat::lacksSkill)
			.penalize(HardSoftScore.ONE_HARD)
			.asConstraint(SKILL);
	}

	Constraint overlap(ConstraintFactory factory) {
		return factory
			.forEachUniquePair(Seat.class, Joiners.equal(Seat::getPerson),
					Joiners.overlapping(Seat::getStart, Seat::getEnd))
			.penalize(HardSoftScore.ONE_HARD)
			.asConstraint(OVERLAP);
	}

	Constraint rest(ConstraintFactory factory) {
		return factory
			.forEachUniquePair(Seat.class, Joiners.equal(Seat::getPerson),
					Joiners.overlapping(Seat::getStart, Seat::getRestUntil))
			.filter((a, b) -> a.getEnd() <= b.getStart() || b.getEnd() <= a.getStart())
			.penalize(HardSoftScore.ONE_HARD)
			.asConstraint(REST);
	}

	Constraint unavailable(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.filter((seat) -> seat.getPerson().unavailableDuring(seat.getStart(), seat.getEnd()))
			.penalize(HardSoftScore.ONE_HARD)
			.asConstraint(UNAVAILABLE);
	}

	// the sum of everyone's hours squared: the more even, the smaller
	Constraint fairHours(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.groupBy(Seat::getPerson, ConstraintCollectors.sum(Seat::getHours))
			.penalize(HardSoftScore.ONE_SOFT, (person, hours) -> hours * hours)
			.asConstraint(FAIR_HOURS);
	}

	Constraint fairNights(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.filter(Seat::isNight)
			.groupBy(Seat::getPerson, ConstraintCollectors.count())
			.penalize(HardSoftScore.ofSoft(10), (person, nights) -> nights * nights)
			.asConstraint(FAIR_NIGHTS);
	}

	// a cadre of an echelon on duty in the other echelon's week
	Constraint echelon(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.filter((seat) -> seat.getPreferredEchelon() != 0 && seat.getPerson().getEchelon() != null
					&& seat.getPerson().getEchelon() != seat.getPreferredEchelon())
			.penalize(HardSoftScore.ofSoft(20))
			.asConstraint(ECHELON);
	}

	// a person who prefers no night shifts, or a day of the week off, on such a shift
	Constraint preferences(ConstraintFactory factory) {
		return factory.forEach(Seat.class)
			.filter((seat) -> seat.getPerson().dislikes(seat.isNight(), seat.getDayOfWeek()))
			.penalize(HardSoftScore.ofSoft(15))
			.asConstraint(PREFERENCES);
	}

}
