package org.fangkong.roster;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.fangkong.roster.solver.Person;
import org.fangkong.roster.solver.Seat;

/**
 * The capacity check before solving (issue #11 item 4): which checkpoint and which shifts
 * cannot be staffed, in plain words, instead of a broken plan. A rule class without
 * state: for one problem (the seats of one pool), it finds seats nobody available may
 * fill, shift times when more seats of a skill start together than people with it are
 * available, and days with more seats of a skill than available people can take with the
 * minimum rest.
 */
final class Capacity {

	/** How a shortage names the hotline's post (a checkpoint is named by its name). */
	static final String HOTLINE_NAME = "防治专线";

	private Capacity() {
	}

	/** A shortage: the checkpoint, its shifts and the words that explain it. */
	record Shortage(long checkpointId, List<Instant> shifts, SeatKind seat, int needed, int available) {

	}

	static List<Shortage> check(List<Seat> seats, Duration minRest, ZoneId zone) {
		List<Shortage> shortages = new ArrayList<>();
		// 1. concurrent: the seats of a kind starting together need that many people
		Map<String, List<Seat>> together = seats.stream()
			.collect(Collectors.groupingBy((s) -> s.getStart() + "|" + skillOf(s), LinkedHashMap::new,
					Collectors.toList()));
		for (List<Seat> group : together.values()) {
			Seat first = group.get(0);
			Set<Person> available = new java.util.HashSet<>();
			for (Seat seat : group) {
				for (Person person : seat.getCandidates()) {
					if (!person.unavailableDuring(seat.getStart(), seat.getEnd())) {
						available.add(person);
					}
				}
			}
			if (available.size() < group.size()) {
				group.stream()
					.map(Seat::getCheckpointId)
					.distinct()
					.forEach((checkpoint) -> shortages
						.add(new Shortage(checkpoint, List.of(Instant.ofEpochSecond(first.getStart() * 60)),
								first.getKind(), group.size(), available.size())));
			}
		}
		if (!shortages.isEmpty()) {
			return merge(shortages);
		}
		// 2. a day: each person takes at most floor(24 h / (shift + rest)) seats, at
		// least 1
		Map<String, List<Seat>> daily = seats.stream()
			.collect(Collectors.groupingBy((s) -> day(s, zone) + "|" + skillOf(s), LinkedHashMap::new,
					Collectors.toList()));
		for (List<Seat> group : daily.values()) {
			Seat first = group.get(0);
			long span = first.getEnd() - first.getStart() + minRest.toMinutes();
			int perPerson = (int) Math.max(1, (24 * 60) / Math.max(1, span));
			Set<Person> available = new java.util.HashSet<>();
			group.forEach((seat) -> seat.getCandidates()
				.stream()
				.filter((p) -> !p.unavailableDuring(seat.getStart(), seat.getEnd()))
				.forEach(available::add));
			if ((long) available.size() * perPerson < group.size()) {
				Map<Long, List<Instant>> byCheckpoint = new LinkedHashMap<>();
				group.forEach((seat) -> byCheckpoint.computeIfAbsent(seat.getCheckpointId(), (k) -> new ArrayList<>())
					.add(Instant.ofEpochSecond(seat.getStart() * 60)));
				byCheckpoint.forEach((checkpoint, starts) -> shortages
					.add(new Shortage(checkpoint, List.copyOf(new TreeSet<>(starts)), first.getKind(), group.size(),
							available.size() * perPerson)));
			}
		}
		return merge(shortages);
	}

	private static List<Shortage> merge(List<Shortage> shortages) {
		Map<String, Shortage> merged = new LinkedHashMap<>();
		for (Shortage s : shortages) {
			merged.merge(s.checkpointId() + "|" + s.seat(), s, (a, b) -> {
				TreeSet<Instant> shifts = new TreeSet<>(a.shifts());
				shifts.addAll(b.shifts());
				return new Shortage(a.checkpointId(), List.copyOf(shifts), a.seat(), Math.max(a.needed(), b.needed()),
						Math.min(a.available(), b.available()));
			});
		}
		return List.copyOf(merged.values());
	}

	private static String skillOf(Seat seat) {
		return (seat.getKind().skill() != null) ? seat.getKind().skill().name() : "ANY";
	}

	private static LocalDate day(Seat seat, ZoneId zone) {
		return Instant.ofEpochSecond(seat.getStart() * 60).atZone(zone).toLocalDate();
	}

	private static final java.time.format.DateTimeFormatter SHIFT = java.time.format.DateTimeFormatter
		.ofPattern("MM-dd HH:mm");

	/**
	 * The shortages of a roster's problems as violations of {@code checkpointIds}, naming
	 * checkpoint, seat kind, shifts (the first six), needed and available.
	 */
	static List<org.fangkong.shared.InvalidInputException.Violation> violations(List<Planner.Problem> problems,
			Duration minRest, ZoneId zone) {
		List<org.fangkong.shared.InvalidInputException.Violation> shortages = new java.util.ArrayList<>();
		for (Planner.Problem problem : problems) {
			java.util.Map<Long, String> names = problem.checkpoints()
				.stream()
				.collect(java.util.stream.Collectors.toMap(org.fangkong.checkpoint.CheckpointView::id,
						org.fangkong.checkpoint.CheckpointView::name));
			for (Shortage shortage : check(problem.plan().getSeats(), minRest, zone)) {
				String shown = shortage.shifts()
					.stream()
					.limit(6)
					.map((s) -> SHIFT.format(s.atZone(zone)))
					.collect(java.util.stream.Collectors.joining(", "));
				shortages
					.add(new org.fangkong.shared.InvalidInputException.Violation("checkpointIds", "roster.capacity",
							names.getOrDefault(shortage.checkpointId(), HOTLINE_NAME), shortage.seat().name(),
							(shortage.shifts().size() > 6) ? shown + " … (" + shortage.shifts().size() + ")" : shown,
							shortage.needed(), shortage.available()));
			}
		}
		return shortages;
	}

}
