package org.fangkong.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.fangkong.shared.ResidentIdNumber;

/**
 * Valid, distinct resident ID numbers for tests (area 230781, born 1990-01-01, a running
 * sequence).
 */
public final class TestIds {

	private static final AtomicInteger sequence = new AtomicInteger((int) (System.nanoTime() % 500));

	private TestIds() {
	}

	public static String next() {
		String first17 = "23078119900101" + String.format("%03d", sequence.incrementAndGet() % 1000);
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

}
