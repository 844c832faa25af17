package org.fangkong.roster;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fangkong.checkpoint.CheckpointKind;
import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.roster.solver.Person;
import org.fangkong.roster.solver.RosterPlan;
import org.fangkong.roster.solver.Seat;

import org.springframework.stereotype.Component;

/**
 * Turns a roster into the problems the solver works on: the key checkpoints together
 * (they share one pool), and the village checkpoints together, each seat of a village
 * filled from that village's own people. Every seat gets its own candidates: the people
 * of its checkpoint's pool with the seat's skill. Seats of an earlier plan keep their
 * person as a start, pinned seats keep theirs for good.
 */
@Component
class Planner {

	private final Demand demand;

	private final Checkpoints checkpoints;

	private final Jurisdictions jurisdictions;

	private final StaffRepository staff;

	private final UnavailabilityRepository unavailability;

	private final RosterSettings settings;

	private final ScreeningAvailability screening;

	private final ZoneId zone;

	private final int hotlineSeats;

	Planner(Demand demand, Checkpoints checkpoints, Jurisdictions jurisdictions, StaffRepository staff,
			UnavailabilityRepository unavailability, RosterSettings settings, ScreeningAvailability screening,
			Clock clock,
			@org.springframework.beans.factory.annotation.Value("${fangkong.roster.hotline-seats:2}") int hotlineSeats) {
		this.hotlineSeats = hotlineSeats;
		this.screening = screening;
		this.demand = demand;
		this.checkpoints = checkpoints;
		this.jurisdictions = jurisdictions;
		this.staff = staff;
		this.unavailability = unavailability;
		this.settings = settings;
		this.zone = clock.getZone();
	}

	/** A problem and the checkpoints it covers; {@code key} for the key checkpoints. */
	record Problem(String name, boolean key, List<CheckpointView> checkpoints, RosterPlan plan) {

	}

	List<Problem> problems(Roster roster, List<RosterAssignment> earlier) {
		List<CheckpointView> all = roster.getCheckpointIds()
			.stream()
			.map(this.checkpoints::find)
			.flatMap(java.util.Optional::stream)
			.sorted(Comparator.comparing(CheckpointView::id))
			.toList();
		Map<String, RosterAssignment> before = earlier.stream()
			.collect(Collectors.toMap(RosterAssignment::seatKey, (a) -> a, (a, b) -> a));
		Instant from = roster.getFromDate().atStartOfDay(this.zone).toInstant();
		Instant until = roster.getToDate().plusDays(2).atStartOfDay(this.zone).toInstant();
		List<Problem> problems = new ArrayList<>();
		List<CheckpointView> keys = all.stream().filter((c) -> c.kind() != CheckpointKind.VILLAGE).toList();
		boolean hotline = roster.getCheckpointIds().contains(Rosters.HOTLINE);
		if (!keys.isEmpty() || hotline) {
			Map<Long, List<PoolMember>> pools = new HashMap<>();
			keys.forEach(
					(c) -> pools.put(c.id(), this.staff.findKeyPoolFor(this.jurisdictions.pathOf(c.jurisdictionId()))));
			if (hotline) {
				// the hotline's operators come from the pool of the roster's own
				// jurisdiction,
				// shared with its key checkpoints (one problem: nobody is on two posts at
				// once)
				pools.put(Rosters.HOTLINE, this.staff.findKeyPoolFor(roster.getJurisdictionPath()));
			}
			problems.add(problem("key", true, keys, pools, roster, before, from, until));
		}
		// The village checkpoints as one problem of independent parts: each seat's
		// candidates are its own village's people, so the parts do not interact, and one
		// solver job replaces 71 small ones that each paid the solver's start and its
		// wait for no improvement (W6). A person named in two villages' pools is never
		// in two places at once.
		List<CheckpointView> villages = all.stream().filter((c) -> c.kind() == CheckpointKind.VILLAGE).toList();
		if (!villages.isEmpty()) {
			Map<Long, List<PoolMember>> pools = new HashMap<>();
			villages.forEach((c) -> pools.put(c.id(), this.staff.findByCheckpoint(c.id())));
			problems.add(problem("villages", false, villages, pools, roster, before, from, until));
		}
		return problems;
	}

	private Problem problem(String name, boolean key, List<CheckpointView> checkpoints,
			Map<Long, List<PoolMember>> pools, Roster roster, Map<String, RosterAssignment> before, Instant from,
			Instant until) {
		Set<Long> ids = pools.values()
			.stream()
			.flatMap(List::stream)
			.map(PoolMember::getId)
			.collect(Collectors.toSet());
		Map<Long, List<long[]>> off = new HashMap<>();
		if (!ids.isEmpty()) {
			this.unavailability.findOverlapping(ids, from, until)
				.forEach((u) -> off.computeIfAbsent(u.getStaffId(), (k) -> new ArrayList<>()).add(u.window()));
			// under a measure in the screening ledger
			this.screening
				.offDuring(pools.values().stream().flatMap(List::stream).toList(), roster.getFromDate(),
						roster.getToDate().plusDays(1), this.zone)
				.forEach((id, windows) -> windows.forEach((w) -> off.computeIfAbsent(id, (k) -> new ArrayList<>())
					.add(new long[] { w.from().getEpochSecond() / 60, w.until().getEpochSecond() / 60 })));
		}
		Map<Long, Person> people = new HashMap<>();
		pools.values()
			.stream()
			.flatMap(List::stream)
			.forEach((m) -> people.computeIfAbsent(m.getId(), (id) -> new Person(id, m.skillSet(), m.getEchelon(),
					off.getOrDefault(id, List.of()).toArray(new long[0][]), m.isNoNights(), m.daysOffMask())));
		List<Seat> seats = new ArrayList<>();
		long minRest = this.settings.minRest().toMinutes();
		for (CheckpointView checkpoint : checkpoints) {
			List<Person> pool = pools.get(checkpoint.id()).stream().map((m) -> people.get(m.getId())).toList();
			Map<SeatKind, List<Person>> candidates = new HashMap<>();
			for (SeatKind kind : SeatKind.values()) {
				candidates.put(kind, pool.stream().filter((p) -> p.has(kind.skill())).toList());
			}
			for (LocalDate day = roster.getFromDate(); !day.isAfter(roster.getToDate()); day = day.plusDays(1)) {
				int week = (int) (java.time.temporal.ChronoUnit.DAYS.between(roster.getFromDate(), day) / 7);
				for (Demand.Shift shift : this.demand.shiftsOf(checkpoint)) {
					ZonedDateTime start = day.atTime(shift.start()).atZone(this.zone);
					Instant startAt = start.toInstant();
					Instant endAt = start.plusHours(shift.hours()).toInstant();
					boolean night = shift.start().getHour() >= 20 || shift.start().getHour() < 4;
					for (SeatKind kind : SeatKind.values()) {
						for (int i = 1; i <= shift.seats(kind); i++) {
							Seat seat = new Seat(seats.size(), checkpoint.id(), kind, i, startAt.getEpochSecond() / 60,
									endAt.getEpochSecond() / 60, minRest, night, key ? (week % 2) + 1 : 0,
									candidates.get(kind))
								.onDay(start.getDayOfWeek().getValue());
							RosterAssignment earlier = before
								.get(RosterAssignment.key(checkpoint.id(), startAt, kind, i));
							if (earlier != null && earlier.getStaffId() != null
									&& people.containsKey(earlier.getStaffId())) {
								seat.setPerson(people.get(earlier.getStaffId()));
								seat.setPinned(earlier.isPinned());
							}
							seats.add(seat);
						}
					}
				}
			}
		}
		if (pools.containsKey(Rosters.HOTLINE)) {
			hotlineSeats(pools.get(Rosters.HOTLINE).stream().map((m) -> people.get(m.getId())).toList(), roster, before,
					people, seats, minRest);
		}
		return new Problem(name, key, checkpoints, new RosterPlan(List.copyOf(people.values()), seats));
	}

	/**
	 * The hotline's seats (issue #12 item 3): every day of the roster, each of its shifts
	 * with {@code fangkong.roster.hotline-seats} operators who have the hotline skill.
	 */
	private void hotlineSeats(List<Person> pool, Roster roster, Map<String, RosterAssignment> before,
			Map<Long, Person> people, List<Seat> seats, long minRest) {
		List<Person> candidates = pool.stream().filter((p) -> p.has(SeatKind.HOTLINE.skill())).toList();
		for (LocalDate day = roster.getFromDate(); !day.isAfter(roster.getToDate()); day = day.plusDays(1)) {
			for (java.time.LocalTime time : Demand.HOTLINE_STARTS) {
				ZonedDateTime start = day.atTime(time).atZone(this.zone);
				Instant startAt = start.toInstant();
				Instant endAt = start.plusHours(Demand.HOTLINE_HOURS).toInstant();
				boolean night = time.getHour() >= 20 || time.getHour() < 4;
				for (int i = 1; i <= this.hotlineSeats; i++) {
					Seat seat = new Seat(seats.size(), Rosters.HOTLINE, SeatKind.HOTLINE, i,
							startAt.getEpochSecond() / 60, endAt.getEpochSecond() / 60, minRest, night, 0, candidates)
						.onDay(start.getDayOfWeek().getValue());
					RosterAssignment earlier = before
						.get(RosterAssignment.key(Rosters.HOTLINE, startAt, SeatKind.HOTLINE, i));
					if (earlier != null && earlier.getStaffId() != null && people.containsKey(earlier.getStaffId())) {
						seat.setPerson(people.get(earlier.getStaffId()));
						seat.setPinned(earlier.isPinned());
					}
					seats.add(seat);
				}
			}
		}
	}

}
