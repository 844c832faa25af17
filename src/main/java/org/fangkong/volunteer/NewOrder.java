package org.fangkong.volunteer;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An order to issue (issue #15 item 3): the task; the place, a jurisdiction node or a
 * point; the time window; how many people with which skills; and whom it goes to: exactly
 * one of a team, an echelon or named people.
 */
public record NewOrder(String task, Long jurisdictionId, Double latitude, Double longitude, Instant from, Instant to,
		Integer needed, Set<VolunteerSkill> skills, Long teamId, Integer echelon, List<Long> volunteerIds) {

	public NewOrder {
		skills = (skills == null || skills.isEmpty()) ? EnumSet.noneOf(VolunteerSkill.class) : EnumSet.copyOf(skills);
		volunteerIds = (volunteerIds != null) ? List.copyOf(volunteerIds) : List.of();
	}

}
