package org.fangkong.roster.solver;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;

/**
 * One problem to solve: the seats of some checkpoints and the people who may fill them.
 */
@PlanningSolution
public class RosterPlan {

	@ProblemFactCollectionProperty
	private List<Person> people;

	@PlanningEntityCollectionProperty
	private List<Seat> seats;

	@PlanningScore
	private HardSoftScore score;

	public RosterPlan() {
	}

	public RosterPlan(List<Person> people, List<Seat> seats) {
		this.people = people;
		this.seats = seats;
	}

	public List<Person> getPeople() {
		return this.people;
	}

	public List<Seat> getSeats() {
		return this.seats;
	}

	public HardSoftScore getScore() {
		return this.score;
	}

	public void setScore(HardSoftScore score) {
		this.score = score;
	}

}
