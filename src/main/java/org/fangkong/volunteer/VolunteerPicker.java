package org.fangkong.volunteer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom an order may be addressed to by name (issue #15 item 3): the people of the actor's
 * jurisdiction found by name a page at a time, or the platform's proposals — the
 * available people who have every skill asked for, a bounded list. A person under an
 * observation measure is never offered (asked through {@link Availability}).
 */
@Service
@Transactional(readOnly = true)
public class VolunteerPicker {

	static final int PAGE_SIZE = 20;

	static final int MAX_PROPOSALS = 20;

	private final VolunteerRepository volunteers;

	private final Volunteers reserve;

	private final Availability availability;

	private final Jurisdictions jurisdictions;

	private final Clock clock;

	VolunteerPicker(VolunteerRepository volunteers, Volunteers reserve, Availability availability,
			Jurisdictions jurisdictions, Clock clock) {
		this.volunteers = volunteers;
		this.reserve = reserve;
		this.availability = availability;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	/**
	 * A page of the people of the actor's jurisdiction whose name contains {@code name}
	 * (all when blank), by name, without those under a measure.
	 */
	public ChoicePage search(Actor actor, String name, int page) {
		VolunteerAccess.requireDispatcher(actor);
		int number = Math.max(0, page);
		String text = (name == null) ? "" : name.strip();
		List<Volunteer> rows = this.volunteers.findNamedInScope(this.jurisdictions.scopePath(actor), text,
				PageRequest.of(number, PAGE_SIZE + 1));
		boolean hasNext = rows.size() > PAGE_SIZE;
		List<Volunteer> shown = rows.stream().limit(PAGE_SIZE).toList();
		Set<Long> under = this.availability.underMeasure(shown);
		return new ChoicePage(choices(shown.stream().filter((v) -> !under.contains(v.getId())).toList()), number,
				hasNext);
	}

	/**
	 * The platform's proposals for an order: up to {@value #MAX_PROPOSALS} people of the
	 * actor's jurisdiction with every skill asked for who can be called from {@code from}
	 * until {@code to} (not under a measure, not busy, inside their daily window).
	 */
	public List<Volunteers.VolunteerChoice> propose(Actor actor, Set<VolunteerSkill> skills, Instant from, Instant to) {
		Set<VolunteerSkill> wanted = (skills == null) ? Set.of() : skills;
		List<Volunteer> fit = this.reserve.allInScope(actor)
			.stream()
			.filter((v) -> v.skillSet().containsAll(wanted))
			.toList();
		return choices(this.availability.available(fit, from, to, this.clock.getZone())
			.stream()
			.limit(MAX_PROPOSALS)
			.toList());
	}

	/** The chosen people of the actor's jurisdiction by id (ids outside it left out). */
	public List<Volunteers.VolunteerChoice> chosen(Actor actor, Collection<Long> ids) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		return choices(this.reserve.inScope(actor, ids)
			.values()
			.stream()
			.sorted(java.util.Comparator.comparing(Volunteer::getName).thenComparing(Volunteer::getId))
			.toList());
	}

	private List<Volunteers.VolunteerChoice> choices(List<Volunteer> people) {
		LocalDate today = LocalDate.now(this.clock);
		return people.stream()
			.map((v) -> new Volunteers.VolunteerChoice(v.getId(), v.getName(), v.getUnit(),
					this.reserve.echelons().echelonOf(v.getBirthDate(), today)))
			.collect(Collectors.toList());
	}

	/** A page of people to choose; {@code hasNext} when a further page follows. */
	public record ChoicePage(List<Volunteers.VolunteerChoice> items, int page, boolean hasNext) {

	}

}
