package org.fangkong.shared;

import java.util.regex.Pattern;

/**
 * The kinds of identity document a traveller shows (证件类型). The type decides the rule for
 * the number (SECURITY.md IN1).
 */
public enum IdType {

	/** 居民身份证: 18 characters, GB 11643-1999 with its MOD 11-2 check character. */
	RESIDENT_ID(null),
	/** 护照: letters and digits, 5 to 17 characters. */
	PASSPORT(Pattern.compile("[A-Z0-9]{5,17}")),
	/** 港澳居民来往内地通行证: H or M and 8 or 10 digits. */
	HK_MACAO_PERMIT(Pattern.compile("[HM]\\d{8}(\\d{2})?")),
	/** 台湾居民来往大陆通行证: 8 digits (or 10 with a letter suffix on old ones). */
	TAIWAN_PERMIT(Pattern.compile("\\d{8}([A-Z0-9]{2})?")),
	/** Any other document: letters, digits and dashes, 4 to 30 characters. */
	OTHER(Pattern.compile("[A-Z0-9-]{4,30}"));

	private final Pattern pattern;

	IdType(Pattern pattern) {
		this.pattern = pattern;
	}

	/** The number as stored: trimmed, upper case, without inner spaces. */
	public static String normalise(String number) {
		return (number != null) ? number.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT) : null;
	}

	/**
	 * Whether a normalised number is valid for this type; a resident ID number's birth
	 * date must not lie after {@code today}.
	 */
	public boolean accepts(String number, java.time.LocalDate today) {
		if (number == null) {
			return false;
		}
		return (this == RESIDENT_ID) ? ResidentIdNumber.isValid(number, today) : this.pattern.matcher(number).matches();
	}

}
