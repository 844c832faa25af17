package org.fangkong.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The resident identity number (居民身份证号码, GB 11643-1999): a 6-digit area code, an 8-digit
 * birth date, a 3-digit sequence (odd for men) and the ISO 7064 MOD 11-2 check character.
 */
public final class ResidentIdNumber {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private static final LocalDate EARLIEST = LocalDate.of(1880, 1, 1);

	private ResidentIdNumber() {
	}

	/**
	 * Whether the number has 18 characters, a real birth date not after {@code today}
	 * (the caller's clock) and the right check character.
	 */
	public static boolean isValid(String number, LocalDate today) {
		if (number == null || number.length() != 18) {
			return false;
		}
		for (int i = 0; i < 17; i++) {
			if (!Character.isDigit(number.charAt(i)) || number.charAt(i) > '9') {
				return false;
			}
		}
		if (number.charAt(17) != checkCharacter(number)) {
			return false;
		}
		LocalDate birth = birthDateOrNull(number);
		return birth != null && !birth.isBefore(EARLIEST) && !birth.isAfter(today);
	}

	/** The check character for the first 17 digits. */
	public static char checkCharacter(String number) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	/** The birth date of a valid number. */
	public static LocalDate birthDate(String number) {
		LocalDate date = birthDateOrNull(number);
		if (date == null) {
			throw new IllegalArgumentException("not a resident ID number");
		}
		return date;
	}

	/** "M" or "F" from the sequence digit of a valid number. */
	public static String sex(String number) {
		return ((number.charAt(16) - '0') % 2 == 1) ? "M" : "F";
	}

	private static LocalDate birthDateOrNull(String number) {
		try {
			return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
					Integer.parseInt(number.substring(12, 14)));
		}
		catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException ex) {
			return null;
		}
	}

}
