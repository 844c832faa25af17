package org.fangkong.volunteer;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.fangkong.screening.MeasureStatus;

import org.springframework.stereotype.Component;

/**
 * Who of some volunteers can be called for a time window (issue #15 item 1): not under an
 * observation measure in the screening ledger (asked through screening's
 * {@link MeasureStatus}, by the keyed hash of the ID number, never by reading its
 * tables), not already holding an accepted part in another open order that overlaps, and
 * inside their own daily window at the start. A volunteer without an ID number cannot be
 * matched against the ledger and counts as not under a measure.
 */
@Component
class Availability {

	private final MeasureStatus measures;

	private final AssignmentRepository assignments;

	Availability(MeasureStatus measures, AssignmentRepository assignments) {
		this.measures = measures;
		this.assignments = assignments;
	}

	/**
	 * Those of {@code candidates} who can be called from {@code from} until {@code to},
	 * in order.
	 */
	List<Volunteer> available(Collection<Volunteer> candidates, Instant from, Instant to, ZoneId zone) {
		if (candidates.isEmpty()) {
			return List.of();
		}
		Set<Long> unavailable = unavailable(candidates, from, to);
		LocalTime start = from.atZone(zone).toLocalTime();
		return candidates.stream().filter((v) -> !unavailable.contains(v.getId()) && v.availableAt(start)).toList();
	}

	/** Those of {@code candidates} under a measure or busy in another order then. */
	Set<Long> unavailable(Collection<Volunteer> candidates, Instant from, Instant to) {
		Set<Long> out = underMeasure(candidates);
		out.addAll(this.assignments.findBusy(candidates.stream().map(Volunteer::getId).toList(), from, to));
		return out;
	}

	/** Those of {@code candidates} under an observation measure now. */
	Set<Long> underMeasure(Collection<Volunteer> candidates) {
		Set<String> hashes = new HashSet<>();
		candidates.stream().map(Volunteer::getIdNumberHash).filter(Objects::nonNull).forEach(hashes::add);
		Set<String> under = hashes.isEmpty() ? Set.of() : this.measures.underMeasure(hashes);
		Set<Long> out = new HashSet<>();
		candidates.stream()
			.filter((v) -> v.getIdNumberHash() != null && under.contains(v.getIdNumberHash()))
			.forEach((v) -> out.add(v.getId()));
		return out;
	}

	/** Whether the volunteer is under a measure now. */
	boolean underMeasure(Volunteer volunteer) {
		return volunteer.getIdNumberHash() != null
				&& !this.measures.underMeasure(Set.of(volunteer.getIdNumberHash())).isEmpty();
	}

}
