package org.fangkong.shared;

import java.util.regex.Pattern;

/**
 * Rules for phones, plates and body temperatures (SECURITY.md IN2, SYSTEM.md "Identity
 * rules").
 */
public final class ContactRules {

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	/**
	 * A province character, a letter, then 5 characters (no I or O), or 6 on a new-energy
	 * plate. Stored without the display dot: 黑F12345.
	 */
	private static final Pattern PLATE = Pattern
		.compile("[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳]");

	/**
	 * The lowest and highest body temperature a thermometer at a checkpoint can plausibly
	 * read.
	 */
	public static final double MIN_TEMPERATURE = 34.0;

	public static final double MAX_TEMPERATURE = 43.0;

	private ContactRules() {
	}

	public static boolean isMobile(String phone) {
		return phone != null && MOBILE.matcher(phone).matches();
	}

	/** The plate as stored: upper case, without spaces, dots or dashes. */
	public static String normalisePlate(String plate) {
		return (plate != null) ? plate.replaceAll("[\\s.·•\\-]", "").toUpperCase(java.util.Locale.ROOT) : null;
	}

	public static boolean isPlate(String plate) {
		return plate != null && PLATE.matcher(plate).matches();
	}

	/** 34.0–43.0 °C with at most one decimal. */
	public static boolean isTemperature(java.math.BigDecimal temperature) {
		return temperature != null && temperature.scale() <= 1
				&& temperature.compareTo(java.math.BigDecimal.valueOf(MIN_TEMPERATURE)) >= 0
				&& temperature.compareTo(java.math.BigDecimal.valueOf(MAX_TEMPERATURE)) <= 0;
	}

}
