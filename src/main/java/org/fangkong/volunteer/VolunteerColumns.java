package org.fangkong.volunteer;

import java.util.List;
import java.util.Map;

/**
 * The columns of the reserve's workbook (issue #15 item 1), shared by export and import
 * (SYSTEM.md: the same columns both ways), and the skill labels the import accepts beside
 * the codes. The export adds the echelon, computed, which the import ignores.
 */
final class VolunteerColumns {

	static final List<String> HEADERS = List.of("姓名", "单位", "出生日期", "身份证号", "手机", "技能", "医疗梯队", "可调派开始", "可调派结束");

	static final String ECHELON_HEADER = "梯队";

	static final int NAME = 0;

	static final int UNIT = 1;

	static final int BIRTH_DATE = 2;

	static final int ID_NUMBER = 3;

	static final int PHONE = 4;

	static final int SKILLS = 5;

	static final int MEDICAL_ECHELON = 6;

	static final int AVAILABLE_FROM = 7;

	static final int AVAILABLE_UNTIL = 8;

	static final Map<VolunteerSkill, String> SKILLS_ZH = Map.of(VolunteerSkill.MEDICAL, "医疗", VolunteerSkill.DRIVING,
			"驾驶", VolunteerSkill.SCREENING, "排查", VolunteerSkill.DISINFECTION, "消杀", VolunteerSkill.SUPPLIES, "物资",
			VolunteerSkill.PUBLICITY, "宣传");

	private VolunteerColumns() {
	}

	/** A skill by its Chinese label or its code, or null. */
	static VolunteerSkill skill(String text) {
		for (Map.Entry<VolunteerSkill, String> entry : SKILLS_ZH.entrySet()) {
			if (entry.getValue().equals(text) || entry.getKey().name().equalsIgnoreCase(text)) {
				return entry.getKey();
			}
		}
		return null;
	}

}
