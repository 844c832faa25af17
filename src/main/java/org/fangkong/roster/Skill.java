package org.fangkong.roster;

/** What a person of the staff pool can do on a seat of a shift. */
public enum Skill {

	/** A leader-grade cadre (section-level or deputy): leads a shift. */
	LEADER,
	/** Medical staff: takes temperatures, decides on fever. */
	MEDICAL,
	/** Police. */
	POLICE,
	/** A village cadre or work-team member, for the village checkpoints. */
	VILLAGE,

	/**
	 * Answers the 24-hour epidemic hotline (防治专线, issue #12 item 3): a medic given the
	 * skill, not implied by any grade.
	 */
	HOTLINE

}
