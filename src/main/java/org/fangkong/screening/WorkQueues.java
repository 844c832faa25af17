package org.fangkong.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The screening work queues of a home page (issue #8 item 6): for those who oversee many
 * grids, a roll-up per grid (under a measure, overdue daily checks, due for release)
 * instead of every person; and the people whose planned end is reached, waiting for an
 * approver's release (R-SCR-2). Inside the actor's jurisdiction only (AC1).
 */
@Service
@Transactional(readOnly = true)
public class WorkQueues {

	private final ScreeningRepository screenings;

	private final PersonRepository persons;

	private final DailyChecks checks;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	WorkQueues(ScreeningRepository screenings, PersonRepository persons, DailyChecks checks,
			Jurisdictions jurisdictions, Clock clock) {
		this.screenings = screenings;
		this.persons = persons;
		this.checks = checks;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	/**
	 * The people under a measure whose planned end is reached, longest waiting first;
	 * empty for a role that may not release.
	 */
	public List<DueRelease> dueForRelease(Actor actor) {
		if (!ScreeningAccess.mayAny(actor, ScreeningAccess.APPROVERS)) {
			return List.of();
		}
		List<Screening> due = this.screenings.findDueForRelease(this.jurisdictions.scopePath(actor),
				LocalDate.now(this.clock));
		Map<Long, Person> people = this.persons.findAllById(due.stream().map(Screening::getPersonId).toList())
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		Map<Long, JurisdictionView> grids = this.jurisdictions.findAll(due.stream().map(Screening::getGridId).toList());
		return due.stream()
			.map((s) -> new DueRelease(s.getId(), people.get(s.getPersonId()).getName(), s.getGridId(),
					nameOf(grids.get(s.getGridId())), s.getMeasureEnd()))
			.toList();
	}

	/**
	 * Per grid with work today: how many people are under a measure, how many have an
	 * overdue daily check, how many are due for release; grids with overdue checks first.
	 */
	public List<GridLoad> byGrid(Actor actor) {
		Map<Long, int[]> counts = new LinkedHashMap<>();
		Map<Long, String> names = new LinkedHashMap<>();
		for (Screenings.FollowUp f : this.checks.followUpsToday(actor)) {
			int[] c = counts.computeIfAbsent(f.gridId(), (id) -> new int[3]);
			names.putIfAbsent(f.gridId(), f.gridName());
			c[0]++;
			c[1] += f.overdue() ? 1 : 0;
		}
		for (DueRelease d : dueForRelease(actor)) {
			counts.computeIfAbsent(d.gridId(), (id) -> new int[3])[2]++;
			names.putIfAbsent(d.gridId(), d.gridName());
		}
		return counts.entrySet()
			.stream()
			.map((e) -> new GridLoad(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1],
					e.getValue()[2]))
			.sorted(Comparator.comparingInt(GridLoad::overdue)
				.reversed()
				.thenComparing(Comparator.comparingInt(GridLoad::dueForRelease).reversed())
				.thenComparing(GridLoad::gridName))
			.toList();
	}

	private static String nameOf(JurisdictionView grid) {
		return (grid != null) ? grid.name() : "?";
	}

	/** One person waiting for their release. */
	public record DueRelease(long screeningId, String name, long gridId, String gridName, LocalDate measureEnd) {

	}

	/** A grid's work today. */
	public record GridLoad(long gridId, String gridName, int underMeasure, int overdue, int dueForRelease) {

	}

}
