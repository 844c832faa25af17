package org.fangkong.screening;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is under a measure when, by the keyed lookup hash of their ID number
 * ({@code PersonalDataProtection.lookupHash} of the normalised number) — for the duty
 * roster (issue #11 item 2), which must not roster a person under a measure. No actor:
 * the caller holds the hashes of its own people and learns only days, never who or why;
 * so nothing personal leaves the module and nothing is audited.
 */
@Component
@Transactional(readOnly = true)
public class MeasureWindows {

	private final MeasureWindowRepository windows;

	MeasureWindows(MeasureWindowRepository windows) {
		this.windows = windows;
	}

	/**
	 * For each hash with a screening under a measure between {@code from} and
	 * {@code until} (local days, both included), the periods of those measures.
	 */
	public Map<String, List<Period>> underMeasure(Collection<String> idNumberHashes, LocalDate from, LocalDate until) {
		Map<String, List<Period>> found = new HashMap<>();
		if (idNumberHashes.isEmpty()) {
			return found;
		}
		for (Object[] row : this.windows.underMeasure(idNumberHashes, from, until.plusDays(1))) {
			found.computeIfAbsent((String) row[0], (k) -> new java.util.ArrayList<>())
				.add(new Period((LocalDate) row[1], (LocalDate) row[2]));
		}
		return found;
	}

	/**
	 * Days under a measure: from {@code start} until before {@code end} (as the
	 * screening's measure end); {@code end} null when open.
	 */
	public record Period(LocalDate start, LocalDate end) {

	}

}
