package org.fangkong.screening;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.fangkong.checkpoint.Registrations;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.screening.Screenings.CheckInput;
import org.fangkong.screening.Screenings.CheckView;
import org.fangkong.screening.Screenings.FeverFlag;
import org.fangkong.screening.Screenings.FollowUp;
import org.fangkong.shared.Actor;
import org.fangkong.shared.InvalidInputException;
import org.fangkong.shared.PersonalDataProtection;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily checks of people under a measure (每日随访, R-SCR-2, R-GRID-2): recording a
 * check, the grid worker's follow-ups of the day, and the person behind a fever for the
 * medics. Scoped to the actor's jurisdiction like every read of screening.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = InvalidInputException.class)
public class DailyChecks {

	private final DailyCheckRepository checks;

	private final ScreeningRepository screenings;

	private final PersonRepository persons;

	private final ScreeningAccess access;

	private final Jurisdictions jurisdictions;

	private final PersonalDataProtection protection;

	private final ApplicationEventPublisher events;

	private final ScreeningSettings settings;

	private final CheckRules rules;

	private final BigDecimal feverThreshold;

	private final Clock clock;

	private final FeverFlags fevers;

	DailyChecks(DailyCheckRepository checks, ScreeningRepository screenings, PersonRepository persons,
			ScreeningAccess access, Jurisdictions jurisdictions, PersonalDataProtection protection,
			ApplicationEventPublisher events, ScreeningSettings settings, Registrations registrations,
			FeverFlags fevers, Clock clock) {
		this.fevers = fevers;
		this.checks = checks;
		this.screenings = screenings;
		this.persons = persons;
		this.access = access;
		this.jurisdictions = jurisdictions;
		this.protection = protection;
		this.events = events;
		this.settings = settings;
		this.rules = new CheckRules(settings, clock.getZone());
		this.feverThreshold = registrations.feverThreshold();
		this.clock = clock;
	}

	/**
	 * Records a daily check (R-SCR-2). A fever refers the person to the medics, like a
	 * checkpoint fever (R-CP-5); a check in a slot already checked corrects it.
	 */
	@Transactional
	public CheckView recordCheck(Actor actor, long screeningId, CheckInput input) {
		ScreeningAccess.requireRole(actor, ScreeningAccess.READERS);
		Screening screening = this.access.load(actor, screeningId);
		Instant now = Instant.now(this.clock);
		Instant at = (input.checkedAt() != null) ? input.checkedAt() : now;
		BigDecimal reading = CheckRules.reading(screening.getStatus(), screening.getMeasureStart(), input, at, now,
				this.clock.getZone());
		LocalDateTime local = LocalDateTime.ofInstant(at, this.clock.getZone());
		int slot = this.settings.slotAt(local.toLocalTime());
		// Issue #9 item 7 (RE2): a second reading of the slot is a correction beside the
		// first, which stays as it was read (who, when) and keeps any referral it raised.
		DailyCheck corrected = this.checks
			.findFirstByScreeningIdAndCheckDateAndSlotOrderBySeqDesc(screeningId, local.toLocalDate(), slot)
			.orElse(null);
		DailyCheck check = new DailyCheck(screeningId, local.toLocalDate(), slot, corrected, now);
		check.record(at, reading, blankToNull(input.symptoms()), !Boolean.FALSE.equals(input.atHome()),
				Boolean.TRUE.equals(input.lostContact()), actor.username(), actor.displayName());
		check = this.checks.saveAndFlush(check);
		if (corrected != null) {
			corrected.supersede(check.getId());
		}
		this.access.record(screening, actor, (corrected != null) ? "CHECK_CORRECTED" : "CHECKED", screening.getStatus(),
				screening.getStatus(),
				local.toLocalDate() + " #" + (slot + 1) + ((reading != null) ? " " + reading + " °C" : "")
						+ (Boolean.TRUE.equals(input.lostContact()) ? " lost contact" : ""));
		if (reading != null && reading.compareTo(this.feverThreshold) >= 0) {
			this.events.publishEvent(new FeverReported(check.getId(), screeningId, screening.getGridId(), reading, at));
		}
		return check.toView();
	}

	/**
	 * The current checks of a screening, latest first, each with the earlier readings it
	 * corrected; the caller has loaded it in scope.
	 */
	List<CheckView> checksOf(long screeningId) {
		List<DailyCheck> all = this.checks.findByScreeningIdOrderByCheckDateDescSlotDescSeqDesc(screeningId);
		List<CheckView> views = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			DailyCheck current = all.get(i);
			List<CheckView> earlier = new ArrayList<>();
			while (i + 1 < all.size() && all.get(i + 1).getCheckDate().equals(current.getCheckDate())
					&& all.get(i + 1).getSlot() == current.getSlot()) {
				earlier.add(all.get(++i).toView());
			}
			views.add(current.toView(earlier));
		}
		return views;
	}

	/**
	 * R-GRID-2 and the grid worker's day: the people under a measure today inside the
	 * actor's jurisdiction, with the state of each check slot. A fixed number of queries
	 * whatever the number of people.
	 */
	public List<FollowUp> followUpsToday(Actor actor) {
		if (!ScreeningAccess.mayAny(actor, ScreeningAccess.READERS)) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalTime now = LocalTime.now(this.clock);
		List<Screening> due = this.screenings.findUnderMeasureOn(this.jurisdictions.scopePath(actor), today);
		Map<Long, Set<Integer>> doneToday = this.checks
			.findByScreeningIdInAndCheckDateAndSupersededByIsNull(due.stream().map(Screening::getId).toList(), today)
			.stream()
			.collect(Collectors.groupingBy(DailyCheck::getScreeningId,
					Collectors.mapping(DailyCheck::getSlot, Collectors.toSet())));
		Map<Long, Person> people = this.persons.findAllById(due.stream().map(Screening::getPersonId).toList())
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		Map<Long, JurisdictionView> grids = this.jurisdictions.findAll(due.stream().map(Screening::getGridId).toList());
		Map<Long, FeverFlag> fevers = this.fevers.of(due.stream().map(Screening::getId).toList());
		return due.stream().map((screening) -> {
			Set<Integer> done = doneToday.getOrDefault(screening.getId(), Set.of());
			List<Boolean> doneBySlot = IntStream.range(0, this.settings.checkTimes().size())
				.mapToObj(done::contains)
				.toList();
			JurisdictionView grid = grids.get(screening.getGridId());
			return new FollowUp(screening.getId(), people.get(screening.getPersonId()).getName(), screening.getGridId(),
					(grid != null) ? grid.name() : "?", screening.getMeasure(), screening.getMeasureEnd(),
					this.rules.slots(screening.getMeasureStart(), screening.getCreatedAt(), today, now, doneBySlot),
					fevers.get(screening.getId()));
		}).toList();
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
