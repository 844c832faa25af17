package org.fangkong.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that stands still until a test moves it: for the unit tests of classes built by
 * hand, where the shared {@link TestClock} (which follows the real time) would make a
 * window's edge a matter of milliseconds.
 */
public final class MovableClock extends Clock {

	private final ZoneId zone;

	private volatile Instant now;

	public MovableClock(Instant start, ZoneId zone) {
		this.now = start;
		this.zone = zone;
	}

	public void advance(Duration amount) {
		this.now = this.now.plus(amount);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
