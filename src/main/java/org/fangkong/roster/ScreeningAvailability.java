package org.fangkong.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.fangkong.screening.MeasureWindows;

import org.springframework.stereotype.Component;

/**
 * A person of the pool under a measure in the screening ledger is unavailable
 * automatically (issue #11 item 2): matched by the keyed hash of the ID number both
 * modules hold, through screening's {@link MeasureWindows} (no shared table). The days of
 * the measure are whole local days, from its start until before its end (open: until the
 * end of what is asked).
 */
@Component
class ScreeningAvailability {

	private final MeasureWindows measures;

	ScreeningAvailability(MeasureWindows measures) {
		this.measures = measures;
	}

	/**
	 * The times (instants, half-open) each person is under a measure from {@code from}
	 * until {@code until} (local days, both included).
	 */
	Map<Long, List<ShiftRules.Window>> offDuring(Collection<PoolMember> people, LocalDate from, LocalDate until,
			ZoneId zone) {
		Map<String, List<Long>> byHash = people.stream()
			.filter((m) -> m.getIdNumberHash() != null)
			.collect(Collectors.groupingBy(PoolMember::getIdNumberHash,
					Collectors.mapping(PoolMember::getId, Collectors.toList())));
		Map<Long, List<ShiftRules.Window>> off = new HashMap<>();
		if (byHash.isEmpty()) {
			return off;
		}
		this.measures.underMeasure(byHash.keySet(), from, until).forEach((hash, periods) -> {
			for (MeasureWindows.Period period : periods) {
				Instant start = period.start().atStartOfDay(zone).toInstant();
				Instant end = Objects.requireNonNullElse(period.end(), until.plusDays(1))
					.atStartOfDay(zone)
					.toInstant();
				for (Long id : byHash.get(hash)) {
					off.computeIfAbsent(id, (k) -> new java.util.ArrayList<>()).add(new ShiftRules.Window(start, end));
				}
			}
		});
		return off;
	}

}
