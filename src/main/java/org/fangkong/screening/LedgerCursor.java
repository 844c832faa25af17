package org.fangkong.screening;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.fangkong.shared.InvalidInputException;

/**
 * A keyset cursor of the ledger: the sort value and the id of the last row of a page, so
 * that the next page starts after it with an indexed range instead of skipping rows. An
 * opaque token to the client; it belongs to one sort and direction, and another sort
 * refuses it.
 *
 * <p>
 * The ledger orders by the sort column (nulls last going up, first going down: the
 * default of PostgreSQL and of H2 with {@code DEFAULT_NULL_ORDERING=HIGH}), then by id
 * descending; {@link #predicate} is the condition for "after the cursor" in that order.
 */
record LedgerCursor(LedgerSort sort, boolean ascending, Object value, long id) {

	static LedgerCursor after(LedgerSort sort, boolean ascending, Screening screening, Person person) {
		return new LedgerCursor(sort, ascending, sort.valueOf(screening, person), screening.getId());
	}

	/** Reads a token; a token that is broken or made for another sort is refused. */
	static LedgerCursor decode(String token, LedgerSort sort, boolean ascending) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			String[] head = text.split("\\|", 3);
			int last = text.lastIndexOf('|');
			String expected = sort.parameter() + "|" + (ascending ? "a" : "d") + "|";
			if (head.length < 3 || !text.startsWith(expected) || last < expected.length()) {
				throw invalid();
			}
			String value = text.substring(expected.length(), last);
			long id = Long.parseLong(text.substring(last + 1));
			return new LedgerCursor(sort, ascending, value.isEmpty() ? null : sort.parse(value.substring(1)), id);
		}
		catch (RuntimeException ex) {
			throw (ex instanceof InvalidInputException invalid) ? invalid : invalid();
		}
	}

	/**
	 * The token: the sort, the direction, the value ({@code v} + text, or nothing for
	 * null), the id.
	 */
	String encode() {
		String text = this.sort.parameter() + "|" + (this.ascending ? "a" : "d") + "|"
				+ ((this.value != null) ? "v" + this.value : "") + "|" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The JPQL condition for the rows after this cursor, with the parameters
	 * {@code :afterValue} (only when the value is not null) and {@code :afterId}.
	 */
	String predicate() {
		String x = this.sort.expression();
		String tie = "(" + x + " = :afterValue and s.id < :afterId)";
		if (this.ascending) {
			return (this.value != null) ? "(" + x + " > :afterValue or " + x + " is null or " + tie + ")"
					: "(" + x + " is null and s.id < :afterId)";
		}
		return (this.value != null) ? "(" + x + " < :afterValue or " + tie + ")"
				: "(" + x + " is not null or s.id < :afterId)";
	}

	private static InvalidInputException invalid() {
		return InvalidInputException.of("after", "validation.invalid");
	}

}
