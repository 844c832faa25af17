package org.fangkong.roster;

/**
 * A seat of a shift and the skill it needs (none for {@link #OTHER}); {@link #HOTLINE} is
 * a seat of the hotline's post ({@link Rosters#HOTLINE}), not of a checkpoint.
 */
public enum SeatKind {

	LEADER(Skill.LEADER), MEDIC(Skill.MEDICAL), OTHER(null), VILLAGE(Skill.VILLAGE), HOTLINE(Skill.HOTLINE);

	private final Skill skill;

	SeatKind(Skill skill) {
		this.skill = skill;
	}

	/** The skill the seat needs, or {@code null}. */
	public Skill skill() {
		return this.skill;
	}

}
