package org.fangkong.volunteer;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configurable rules of the reserve (under {@code fangkong.volunteer}).
 *
 * @param minAge the youngest age the reserve takes (18)
 * @param echelonMaxAges the oldest age of each echelon but the last, youngest echelon
 * first (35, 50: echelon 1 up to 35, 2 from 36 to 50, 3 from 51)
 */
@ConfigurationProperties("fangkong.volunteer")
record VolunteerSettings(Integer minAge, List<Integer> echelonMaxAges) {

	VolunteerSettings {
		minAge = (minAge != null) ? minAge : 18;
		echelonMaxAges = (echelonMaxAges != null && !echelonMaxAges.isEmpty()) ? List.copyOf(echelonMaxAges)
				: List.of(35, 50);
	}

	EchelonRule rule() {
		return new EchelonRule(this.minAge, this.echelonMaxAges);
	}

}
