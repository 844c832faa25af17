package org.fangkong.checkpoint;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Crew duties written without an acting user: standing duties of the demo data and,
 * later, the shifts of a published duty roster. Only the modules allowed the
 * {@code duty-feed} interface may call it.
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

}
