package org.fangkong.shared;

/**
 * Masking of personal identifiers as users of Chinese government software expect them
 * (SYSTEM.md, "Conventions"): ID numbers keep the first 4 and last 4 characters, phones 3
 * + **** + 4.
 */
public final class Masking {

	private Masking() {
	}

	public static String idNumber(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		if (value.length() <= 8) {
			return "*".repeat(value.length());
		}
		return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
	}

	public static String phone(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		if (value.length() < 8) {
			return "*".repeat(value.length());
		}
		return value.substring(0, 3) + "****" + value.substring(value.length() - 4);
	}

	/** The phone as the actor may see it. */
	public static String phoneFor(Actor actor, String value) {
		return actor.seesFullIdentifiers() ? value : phone(value);
	}

}
