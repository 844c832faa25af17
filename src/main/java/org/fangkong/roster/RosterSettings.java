package org.fangkong.roster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configurable rules of duty rosters (under {@code fangkong.roster}).
 *
 * @param minRest the least rest between two shifts of one person (12 h)
 * @param graceBefore how long before a published shift its crew may register (30 min)
 * @param graceAfter how long after a published shift its crew may still register (30 min)
 * @param solveLimit how long the key checkpoints' problem is solved at most (60 s)
 * @param unimprovedLimit it stops earlier when the best plan has not improved for this
 * long (15 s)
 * @param villageLimit how long the village checkpoints' problem is solved at most, per
 * village checkpoint in it (100 ms: 7 s for the demo's 71; it stops after twice that, 200
 * ms, without improvement, so that it soon leaves the second core to the key checkpoints)
 * @param maxDays the longest roster in days (31)
 */
@ConfigurationProperties("fangkong.roster")
record RosterSettings(Duration minRest, Duration graceBefore, Duration graceAfter, Duration solveLimit,
		Duration unimprovedLimit, Duration villageLimit, Integer maxDays) {

	RosterSettings {
		minRest = (minRest != null) ? minRest : Duration.ofHours(12);
		graceBefore = (graceBefore != null) ? graceBefore : Duration.ofMinutes(30);
		graceAfter = (graceAfter != null) ? graceAfter : Duration.ofMinutes(30);
		solveLimit = (solveLimit != null) ? solveLimit : Duration.ofSeconds(60);
		unimprovedLimit = (unimprovedLimit != null) ? unimprovedLimit : Duration.ofSeconds(15);
		villageLimit = (villageLimit != null) ? villageLimit : Duration.ofMillis(100);
		maxDays = (maxDays != null) ? maxDays : 31;
	}

}
