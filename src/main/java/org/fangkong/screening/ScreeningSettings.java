package org.fangkong.screening;

import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fangkong.shared.OriginClass;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configurable rules of screening (under {@code fangkong.screening}): which measure
 * an origin class gets by default, how long each measure lasts, and when the daily checks
 * are due.
 *
 * @param defaultMeasure the measure per origin class; an origin class not named gets
 * {@link Measure#NONE}
 * @param durationDays the planned length of each measure in days; 14 where not named
 * @param checkTimes the local times of the daily checks (twice a day by default)
 * @param checkGrace how long after its time a check may still be made before it counts as
 * overdue
 */
@ConfigurationProperties("fangkong.screening")
record ScreeningSettings(Map<OriginClass, Measure> defaultMeasure, Map<Measure, Integer> durationDays,
		List<LocalTime> checkTimes, Duration checkGrace) {

	ScreeningSettings {
		defaultMeasure = (defaultMeasure != null && !defaultMeasure.isEmpty()) ? new EnumMap<>(defaultMeasure)
				: new EnumMap<>(Map.of(OriginClass.WUHAN, Measure.HOME_OBSERVATION, OriginClass.HUBEI,
						Measure.HOME_OBSERVATION));
		durationDays = (durationDays != null) ? new EnumMap<>(durationDays) : new EnumMap<>(Measure.class);
		checkTimes = (checkTimes != null && !checkTimes.isEmpty()) ? List.copyOf(checkTimes)
				: List.of(LocalTime.of(8, 0), LocalTime.of(16, 0));
		checkGrace = (checkGrace != null) ? checkGrace : Duration.ofHours(4);
	}

	Measure measureFor(OriginClass origin) {
		return this.defaultMeasure.getOrDefault(origin, Measure.NONE);
	}

	int daysOf(Measure measure) {
		return this.durationDays.getOrDefault(measure, 14);
	}

	/**
	 * The slot of a check made at {@code time}: the last check time at or before it, or
	 * the first.
	 */
	int slotAt(LocalTime time) {
		int slot = 0;
		for (int i = 0; i < this.checkTimes.size(); i++) {
			if (!time.isBefore(this.checkTimes.get(i))) {
				slot = i;
			}
		}
		return slot;
	}

}
