package org.fangkong.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The platform's clock in tests: the system clock in the city's zone, which a test may
 * move forward or back ({@link #advance}) and must {@link #reset} when done. Every
 * integration test shares it, so a test that moves it resets it in a {@code finally} or
 * an {@code @AfterEach}.
 */
@Component
@Primary
@Profile("test")
public class TestClock extends Clock {

	private final ZoneId zone;

	private volatile Duration offset = Duration.ZERO;

	TestClock(@Value("${fangkong.time-zone:Asia/Shanghai}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	/** Moves the clock by {@code amount} from where it stands (negative goes back). */
	public void advance(Duration amount) {
		this.offset = this.offset.plus(amount);
	}

	/** Back to the real time. */
	public void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		TestClock clock = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return other;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return clock.withZone(zone);
			}

			@Override
			public Instant instant() {
				return clock.instant();
			}

		};
	}

	@Override
	public Instant instant() {
		return Clock.systemUTC().instant().plus(this.offset);
	}

}
