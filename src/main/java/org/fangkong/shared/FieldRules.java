package org.fangkong.shared;

import java.util.List;
import java.util.Locale;

import org.fangkong.shared.InvalidInputException.Violation;

/**
 * The two checks every form and import makes field by field (SECURITY.md IN2): a coded
 * value that must be one of an enum's names, and a text with a maximum length and no
 * control characters. A broken rule is added to {@code violations} and the value comes
 * back null, so that all the broken rules of a request are reported at once.
 */
public final class FieldRules {

	private FieldRules() {
	}

	/** The enum constant named by {@code value} in any case, or null. */
	public static <E extends Enum<E>> E oneOf(Class<E> type, String field, String value, boolean required,
			List<Violation> violations) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(new Violation(field, "validation.required"));
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			violations.add(new Violation(field, "validation.invalid"));
			return null;
		}
	}

	/** The text stripped, or null when blank. */
	public static String text(String value, String field, int max, boolean required, List<Violation> violations) {
		String stripped = (value != null) ? value.strip() : null;
		if (stripped == null || stripped.isEmpty()) {
			if (required) {
				violations.add(new Violation(field, "validation.required"));
			}
			return null;
		}
		if (stripped.length() > max) {
			violations.add(new Violation(field, "validation.maxLength", max));
			return null;
		}
		if (stripped.chars().anyMatch(Character::isISOControl)) {
			violations.add(new Violation(field, "validation.invalid"));
			return null;
		}
		return stripped;
	}

}
