package org.fangkong.roster;

import java.util.EnumSet;
import java.util.Set;

/** The grade or kind of a person in the staff pool, with the skills it brings. */
public enum Grade {

	/** Section-level cadre (正科级). */
	SECTION(Skill.LEADER),
	/** Deputy section-level cadre (副科级). */
	DEPUTY(Skill.LEADER),
	/** General cadre (一般干部). */
	GENERAL,
	/** Police officer. */
	POLICE(Skill.POLICE),
	/** Medical staff. */
	MEDIC(Skill.MEDICAL),
	/** Village cadre or work-team member. */
	VILLAGE_CADRE(Skill.VILLAGE),
	/** Volunteer. */
	VOLUNTEER;

	private final Set<Skill> skills;

	Grade(Skill... skills) {
		this.skills = (skills.length == 0) ? EnumSet.noneOf(Skill.class) : EnumSet.of(skills[0], skills);
	}

	/** The skills a person of this grade has without being told. */
	public Set<Skill> impliedSkills() {
		return this.skills.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(this.skills);
	}

}
