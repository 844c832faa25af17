package org.fangkong.screening;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

import org.fangkong.shared.InvalidInputException;

/**
 * Dates as people type them in a ledger (issue #8 item 4): 2020-02-03, 2020/2/3,
 * 2020.2.3, 2020年2月3日, 20200203 — read strictly, so that 30 February is an error and
 * never 29 February. A pure rule.
 */
final class LedgerDates {

	private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("uuuu-M-d")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private LedgerDates() {
	}

	/**
	 * The date a text stands for; blank is null. A text of the right shape that names no
	 * day (2020-02-30) is refused as impossible, any other as badly formed.
	 */
	static LocalDate parse(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		// A date with a time of day, as some suites write it: the day is what counts.
		int space = value.indexOf(' ');
		if (space > 0 && value.substring(space + 1).matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
			value = value.substring(0, space);
		}
		String dashed = value.replace('/', '-')
			.replace('.', '-')
			.replace('年', '-')
			.replace('月', '-')
			.replace("日", "")
			.replace("号", "");
		DateTimeFormatter format = dashed.matches("\\d{4}-\\d{1,2}-\\d{1,2}") ? DASHED
				: dashed.matches("\\d{8}") ? COMPACT : null;
		if (format == null) {
			throw InvalidInputException.of(field, "validation.date");
		}
		try {
			return LocalDate.parse(dashed, format);
		}
		catch (DateTimeException ex) {
			throw InvalidInputException.of(field, "validation.dateImpossible", value);
		}
	}

}
