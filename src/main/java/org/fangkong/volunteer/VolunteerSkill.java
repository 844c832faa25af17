package org.fangkong.volunteer;

/**
 * What a volunteer can do, asked for by an order (labels {@code volunteer.skill.<NAME>}).
 */
public enum VolunteerSkill {

	/** 医疗: medical training (see the medical echelon). */
	MEDICAL,
	/** 驾驶: drives. */
	DRIVING,
	/** 排查: helps the communities screen (R-VOL-3). */
	SCREENING,
	/** 消杀: disinfection. */
	DISINFECTION,
	/** 物资: carries and hands out supplies. */
	SUPPLIES,
	/** 宣传: publicity, loudspeakers. */
	PUBLICITY

}
