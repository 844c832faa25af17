package org.fangkong.roster.solver;

import java.util.Set;

import org.fangkong.roster.Skill;

/**
 * A person of the staff pool as the solver sees them: skills, echelon and the times
 * (epoch minutes, half-open) they are unavailable.
 */
public final class Person {

	private final long id;

	private final Set<Skill> skills;

	private final Integer echelon;

	private final long[][] unavailable;

	public Person(long id, Set<Skill> skills, Integer echelon, long[][] unavailable) {
		this.id = id;
		this.skills = Set.copyOf(skills);
		this.echelon = echelon;
		this.unavailable = unavailable;
	}

	public long getId() {
		return this.id;
	}

	public Integer getEchelon() {
		return this.echelon;
	}

	public boolean has(Skill skill) {
		return skill == null || this.skills.contains(skill);
	}

	/**
	 * Whether a time of theirs off overlaps the time from start until end (epoch
	 * minutes).
	 */
	public boolean unavailableDuring(long start, long end) {
		for (long[] window : this.unavailable) {
			if (window[0] < end && start < window[1]) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String toString() {
		return "Person " + this.id;
	}

}
