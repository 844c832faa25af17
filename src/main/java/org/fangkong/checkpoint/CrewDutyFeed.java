package org.fangkong.checkpoint;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Crew duties written without an acting user: standing duties of the demo data and the
 * shifts of a published duty roster (fed, withdrawn on re-planning, moved on a swap).
 * Only the modules allowed the {@code duty-feed} interface may call it.
 */
@Component
@NamedInterface("duty-feed")
@Transactional
public class CrewDutyFeed {

	private final CrewDuty duty;

	CrewDutyFeed(CrewDuty duty) {
		this.duty = duty;
	}

	/** A standing duty: the crew member serves the checkpoint until it is ended. */
	public void standing(long userId, long checkpointId, String by) {
		this.duty.record(userId, checkpointId, null, null, CrewDuty.Source.STANDING, by);
	}

	/**
	 * A shift of a published roster: the crew member serves from {@code from} until
	 * {@code until}.
	 */
	public void shift(long userId, long checkpointId, Instant from, Instant until, String by) {
		this.duty.record(userId, checkpointId, from, until, CrewDuty.Source.ROSTER, by);
	}

	/**
	 * Withdraws the roster shifts fed by {@code by} (e.g. {@code roster:7}) whose window
	 * starts at or after {@code from}, when a roster is re-planned from a date: they are
	 * ended (kept for the record). Returns how many were ended.
	 */
	public int withdrawFrom(String by, Instant from) {
		return this.duty.withdrawRoster(by, from);
	}

	/**
	 * Withdraws one roster shift fed by {@code by}: the crew member's duty at the
	 * checkpoint with exactly this window (an approved swap moves it to the other
	 * person). Returns how many were ended.
	 */
	public int withdrawShift(long userId, long checkpointId, Instant from, Instant until, String by) {
		return this.duty.withdrawShift(userId, checkpointId, from, until, by);
	}

}
