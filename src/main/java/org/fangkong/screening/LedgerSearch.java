package org.fangkong.screening;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.fangkong.shared.IdType;
import org.fangkong.shared.InvalidInputException;

/**
 * The ledger's one search box (issue #8 item 7): a name (part of it), a full ID number,
 * its last 4 or 6 characters, or a phone. ID numbers and phones are encrypted at rest
 * (PR1), so everything but the name is found by a keyed hash: {@link #keys} says which
 * plain keys a stored person is hashed under, {@link #of} which hashes a search looks
 * for. A pure rule, reachable without Spring; the hash function is passed in.
 */
record LedgerSearch(String namePattern, String idHash, String tail4Hash, String tail6Hash, String phoneHash) {

	static final int MAX_LENGTH = 50;

	/** The search for what a user typed; blank is no search (null). */
	static LedgerSearch of(String q, UnaryOperator<String> hash) {
		if (q == null || q.isBlank()) {
			return null;
		}
		String text = q.strip();
		if (text.length() > MAX_LENGTH) {
			throw InvalidInputException.of("q", "validation.maxLength", MAX_LENGTH);
		}
		String compact = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		String name = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		boolean identifier = compact.matches("[0-9A-Z]+");
		return new LedgerSearch(name,
				(identifier && compact.length() > 6) ? hash.apply(IdType.normalise(compact)) : null,
				compact.matches("[0-9]{3}[0-9X]") ? hash.apply(tailKey(compact, 4)) : null,
				compact.matches("[0-9]{5}[0-9X]") ? hash.apply(tailKey(compact, 6)) : null,
				compact.matches("1[3-9][0-9]{9}") ? hash.apply(phoneKey(compact)) : null);
	}

	/**
	 * The plain key of the last {@code n} characters of an ID number, null if shorter.
	 */
	static String tailKey(String idNumber, int n) {
		String number = IdType.normalise(idNumber);
		return (number != null && number.length() >= n) ? "id-tail" + n + ":" + number.substring(number.length() - n)
				: null;
	}

	/** The plain key of a phone: digits only. */
	static String phoneKey(String phone) {
		String digits = (phone != null) ? phone.replaceAll("[^0-9]", "") : "";
		return digits.isEmpty() ? null : "phone:" + digits;
	}

	/** Hashes a person's identifiers under the keys a search looks for. */
	static void index(Person person, String idNumber, String phone, UnaryOperator<String> hash) {
		person.searchableBy(hashOrNull(tailKey(idNumber, 4), hash), hashOrNull(tailKey(idNumber, 6), hash),
				hashOrNull(phoneKey(phone), hash));
	}

	/** The JPQL condition of this search, with its parameters named {@code q…}. */
	String predicate() {
		StringBuilder or = new StringBuilder("(lower(p.name) like :qName escape '\\'");
		if (this.idHash != null) {
			or.append(" or p.idNumberHash = :qId");
		}
		if (this.tail4Hash != null) {
			or.append(" or p.idTail4Hash = :qTail4");
		}
		if (this.tail6Hash != null) {
			or.append(" or p.idTail6Hash = :qTail6");
		}
		if (this.phoneHash != null) {
			or.append(" or p.phoneHash = :qPhone");
		}
		return or.append(")").toString();
	}

	void bind(jakarta.persistence.Query query) {
		query.setParameter("qName", this.namePattern);
		if (this.idHash != null) {
			query.setParameter("qId", this.idHash);
		}
		if (this.tail4Hash != null) {
			query.setParameter("qTail4", this.tail4Hash);
		}
		if (this.tail6Hash != null) {
			query.setParameter("qTail6", this.tail6Hash);
		}
		if (this.phoneHash != null) {
			query.setParameter("qPhone", this.phoneHash);
		}
	}

	static String hashOrNull(String key, UnaryOperator<String> hash) {
		return (key != null) ? hash.apply(key) : null;
	}

}
