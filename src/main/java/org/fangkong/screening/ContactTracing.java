package org.fangkong.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fangkong.shared.IdType;
import org.fangkong.shared.Masking;
import org.fangkong.shared.PersonalDataProtection;

import org.fangkong.jurisdiction.Jurisdictions;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the cases module needs of screening to trace a case's close contacts (issue #13):
 * who a person is, which checkpoint registrations their screenings hold, who shares their
 * household or their train or flight on the same day, and a contact put under the
 * follow-up measure in their own grid, through screening's own rules and history. A
 * trusted entry point without an acting user (the caller checks its own scope and masks):
 * only the modules allowed the {@code contacts} interface may call it.
 */
@Service
@NamedInterface("contacts")
@Transactional(readOnly = true)
public class ContactTracing {

	/** How close in time two daily checks by one cadre count as taken together. */
	static final java.time.Duration TOGETHER = java.time.Duration.ofMinutes(30);

	/** The history action of a screening opened or changed for a close contact. */
	static final String ACTION = "CLOSE_CONTACT";

	private final NamedParameterJdbcTemplate jdbc;

	private final Jurisdictions jurisdictions;

	private final PersonRepository persons;

	private final ScreeningRepository screenings;

	private final ScreeningAccess access;

	private final PersonalDataProtection protection;

	private final Clock clock;

	ContactTracing(NamedParameterJdbcTemplate jdbc, Jurisdictions jurisdictions, PersonRepository persons,
			ScreeningRepository screenings, ScreeningAccess access, PersonalDataProtection protection, Clock clock) {
		this.jdbc = jdbc;
		this.jurisdictions = jurisdictions;
		this.persons = persons;
		this.screenings = screenings;
		this.access = access;
		this.protection = protection;
		this.clock = clock;
	}

	/** The persons of these ids that exist and were not merged into another, by id. */
	public Map<Long, PersonRef> persons(Collection<Long> personIds) {
		Map<Long, PersonRef> found = new HashMap<>();
		if (personIds.isEmpty()) {
			return found;
		}
		Map<Long, String> paths = new HashMap<>();
		this.jdbc.query(
				"select id, name, id_type, id_number_enc, grid_id, household_id from person"
						+ " where id = any(:ids) and merged_into is null",
				new MapSqlParameterSource("ids", ids(personIds)), (rs) -> {
					String idNumber = this.protection.decrypt(rs.getString(4));
					long household = rs.getLong(6);
					Long householdId = rs.wasNull() ? null : household;
					String type = rs.getString(3);
					found.put(rs.getLong(1),
							new PersonRef(rs.getLong(1), rs.getString(2), (type != null) ? IdType.valueOf(type) : null,
									idNumber, (idNumber != null) ? Masking.idNumber(idNumber) : null, rs.getLong(5),
									paths.computeIfAbsent(rs.getLong(5), this.jurisdictions::pathOf), householdId));
				});
		return found;
	}

	public Optional<PersonRef> person(long personId) {
		return Optional.ofNullable(persons(List.of(personId)).get(personId));
	}

	/** The person of an ID number (of any type), if the records hold them. */
	public Optional<PersonRef> personByIdNumber(String idNumber) {
		if (idNumber == null || idNumber.isBlank()) {
			return Optional.empty();
		}
		String hash = this.protection.lookupHash(IdType.normalise(idNumber));
		return this.persons.findByIdNumberHash(hash)
			.stream()
			.filter((p) -> p.getMergedInto() == null)
			.findFirst()
			.flatMap((p) -> person(p.getId()));
	}

	/**
	 * The checkpoint registrations of the person's screenings, with their crossing time.
	 */
	public List<Crossing> crossingsOf(long personId) {
		return this.jdbc.query("select c.registration_id, c.crossed_at from screening_crossing c"
				+ " join screening s on s.id = c.screening_id where s.person_id = :person order by c.crossed_at",
				new MapSqlParameterSource("person", personId),
				(rs, i) -> new Crossing(rs.getLong(1), personId, rs.getTimestamp(2).toInstant()));
	}

	/** The persons screened for these registrations, by registration id. */
	public Map<Long, Long> personsOfRegistrations(Collection<Long> registrationIds) {
		Map<Long, Long> found = new HashMap<>();
		if (registrationIds.isEmpty()) {
			return found;
		}
		this.jdbc.query(
				"select c.registration_id, s.person_id from screening_crossing c"
						+ " join screening s on s.id = c.screening_id where c.registration_id = any(:ids)",
				new MapSqlParameterSource("ids", ids(registrationIds)), (rs) -> {
					found.put(rs.getLong(1), rs.getLong(2));
				});
		return found;
	}

	/** The other persons of the person's household node (none without a household). */
	public List<Long> householdMembers(long personId) {
		return this.jdbc.queryForList(
				"select m.id from person p join person m on m.household_id = p.household_id"
						+ " where p.id = :person and m.id <> p.id and m.merged_into is null order by m.id",
				new MapSqlParameterSource("person", personId), Long.class);
	}

	/**
	 * The persons who arrived by the same train, flight or coach number on the same day
	 * as one of the person's screenings.
	 */
	public List<TripMate> tripMates(long personId) {
		return this.jdbc.query("select distinct o.person_id, o.transport_number, o.arrival_date from screening s"
				+ " join screening o on o.transport_number = s.transport_number and o.arrival_date = s.arrival_date"
				+ " where s.person_id = :person and s.transport_number is not null and s.arrival_date is not null"
				+ " and o.person_id <> s.person_id and o.merged_into is null order by o.person_id",
				new MapSqlParameterSource("person", personId),
				(rs, i) -> new TripMate(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate()));
	}

	/**
	 * The persons checked together with the person since {@code since}: under the same
	 * responsibility node (the grid of their screenings) and checked by the same cadre on
	 * the same day within {@link #TOGETHER} of one of the person's current daily checks
	 * (one round, one gathering point). Answers each with the latest such check.
	 */
	public List<CheckMate> checkedTogether(long personId, Instant since) {
		MapSqlParameterSource own = new MapSqlParameterSource().addValue("person", personId)
			.addValue("since", java.sql.Timestamp.from(since));
		List<Object[]> checks = this.jdbc.query(
				"select s.grid_id, c.checked_by, c.checked_at from daily_check c join screening s on s.id = c.screening_id"
						+ " where s.person_id = :person and c.checked_at >= :since and c.superseded_by is null",
				own, (rs, i) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant() });
		Map<Long, Instant> mates = new java.util.TreeMap<>();
		for (Object[] check : checks) {
			Instant at = (Instant) check[2];
			this.jdbc
				.query("select s.person_id, c.checked_at from daily_check c join screening s on s.id = c.screening_id"
						+ " where s.grid_id = :grid and c.checked_by = :by and c.checked_at >= :from and c.checked_at <= :to"
						+ " and s.person_id <> :person and c.superseded_by is null",
						new MapSqlParameterSource().addValue("grid", check[0])
							.addValue("by", check[1])
							.addValue("person", personId)
							.addValue("from", java.sql.Timestamp.from(at.minus(TOGETHER)))
							.addValue("to", java.sql.Timestamp.from(at.plus(TOGETHER))),
						(rs) -> {
							Instant when = rs.getTimestamp(2).toInstant();
							mates.merge(rs.getLong(1), when, (a, b) -> a.isAfter(b) ? a : b);
						});
		}
		return mates.entrySet().stream().map((e) -> new CheckMate(e.getKey(), e.getValue())).toList();
	}

	/**
	 * Puts a close contact under {@code measure} from {@code from} (the last exposure)
	 * for {@code days}, in their own grid: their open screening changes its measure, or a
	 * screening handed down is opened, with a history line by {@code username}. The
	 * exposure text names no case. Idempotent: a screening already under that measure
	 * from that day is left as it is. Answers the screening's id.
	 */
	@Transactional
	public long follow(long personId, Measure measure, LocalDate from, int days, String username, String exposure) {
		Person person = this.persons.findById(personId)
			.orElseThrow(() -> new IllegalArgumentException("no person " + personId));
		Screening open = this.screenings.findOpenOf(personId).stream().findFirst().orElse(null);
		if (open != null) {
			if (open.getStatus() == ScreeningStatus.UNDER_MEASURE && open.getMeasure() == measure
					&& from.equals(open.getMeasureStart())) {
				return open.getId();
			}
			ScreeningStatus before = open.getStatus();
			open.placeUnder(measure, from, days);
			this.access.record(open, username, null, ACTION, before, open.getStatus(), exposure);
			return open.getId();
		}
		String path = this.jurisdictions.pathOf(person.getGridId());
		Trip trip = new Trip(null, null, null, null, null, null, null, null, exposure, null, null);
		Screening screening = this.screenings.save(new Screening(personId, person.getGridId(), path,
				LeadSource.HANDED_DOWN, null, trip, Instant.now(this.clock), username));
		screening.placeUnder(measure, from, days);
		this.access.record(screening, username, null, ACTION, null, screening.getStatus(), exposure);
		return screening.getId();
	}

	/** The measure and its end of a screening, for the contact's follow-up. */
	public Optional<FollowUp> followUp(long screeningId) {
		return this.screenings.findById(screeningId)
			.map((s) -> new FollowUp(s.getId(), s.getMeasure(), s.getStatus().name(), s.getMeasureStart(),
					s.getMeasureEnd()));
	}

	private static Long[] ids(Collection<Long> ids) {
		return ids.toArray(new Long[0]);
	}

	/** A person as the cases module needs them; the caller masks as the role asks. */
	public record PersonRef(long id, String name, IdType idType, String idNumber, String idNumberMasked, long gridId,
			String gridPath, Long householdId) {

	}

	/** A checkpoint registration of a person's screening. */
	public record Crossing(long registrationId, long personId, Instant crossedAt) {

	}

	/** A person who came by the same transport number on the same day. */
	/** A person checked together with another, and when. */
	public record CheckMate(long personId, Instant checkedAt) {

	}

	public record TripMate(long personId, String transportNumber, LocalDate arrivalDate) {

	}

	/** A contact's screening: the measure and its window. */
	public record FollowUp(long screeningId, Measure measure, String status, LocalDate from, LocalDate until) {

	}

}
