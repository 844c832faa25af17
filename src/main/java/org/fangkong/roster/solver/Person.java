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

	private final boolean noNights;

	private final int daysOff;

	public Person(long id, Set<Skill> skills, Integer echelon, long[][] unavailable) {
		this(id, skills, echelon, unavailable, false, 0);
	}

	/**
	 * A person with preferences: no night shifts, and days of the week off (bit {@code d}
	 * for ISO day {@code d}, Monday 1 … Sunday 7).
	 */
	public Person(long id, Set<Skill> skills, Integer echelon, long[][] unavailable, boolean noNights, int daysOff) {
		this.id = id;
		this.skills = Set.copyOf(skills);
		this.echelon = echelon;
		this.unavailable = unavailable;
		this.noNights = noNights;
		this.daysOff = daysOff;
	}

	/**
	 * Whether a shift (night or not, on an ISO day of the week; 0 unknown) goes against
	 * their preferences.
	 */
	public boolean dislikes(boolean night, int dayOfWeek) {
		return (night && this.noNights) || (dayOfWeek > 0 && (this.daysOff & (1 << dayOfWeek)) != 0);
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
