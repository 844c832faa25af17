package org.fangkong.screening;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fangkong.shared.Actor;
import org.fangkong.shared.IdType;
import org.fangkong.shared.PersonalDataProtection;
import org.fangkong.shared.ResidentIdNumber;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * W2: the ledger import's rows of people not known yet, written in JDBC batches inside
 * the import's transaction — the person (PR1: ID number and phone encrypted, the keyed
 * hashes to find them), the screening under the measure the row gives, and its
 * {@code CREATED} history line — exactly what {@link Screenings#create} writes for such a
 * row, a few statements per batch instead of several per row. Rows of known people still
 * go through {@link Screenings} one by one ({@link LedgerImport}).
 */
@Component
class LedgerBulkWriter {

	private static final String INSERT_PERSON = "insert into person (id_type, id_number_enc, id_number_hash,"
			+ " id_tail4_hash, id_tail6_hash, phone_hash, name, sex, birth_date, phone_enc, household_address,"
			+ " current_address, grid_id, household_id, created_at, version)"
			+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

	private static final String INSERT_SCREENING = "insert into screening (person_id, grid_id, grid_path, lead_source,"
			+ " origin_class, origin_place, departure_date, arrival_date, transport_mode, transport_number, stopovers,"
			+ " companions, exposure, health_note, note, measure, measure_start, measure_end, status, created_at,"
			+ " created_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

	private static final String INSERT_HISTORY = "insert into screening_history (screening_id, occurred_at, actor,"
			+ " actor_name, action, from_status, to_status, detail) values (?, ?, ?, ?, 'CREATED', null, ?, ?)";

	private final NamedParameterJdbcTemplate jdbc;

	private final PersonalDataProtection protection;

	private final ScreeningSettings settings;

	private final Clock clock;

	LedgerBulkWriter(NamedParameterJdbcTemplate jdbc, PersonalDataProtection protection, ScreeningSettings settings,
			Clock clock) {
		this.jdbc = jdbc;
		this.protection = protection;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The ids of the people already stored under these keyed hashes of ID numbers, by
	 * {@code type|hash}; one query per ID type, through the index of the identity (type,
	 * hash).
	 */
	Map<String, Long> known(List<IdType> types, List<String> hashes) {
		Map<String, Long> found = new HashMap<>();
		Map<IdType, List<String>> byType = new java.util.EnumMap<>(IdType.class);
		for (int i = 0; i < hashes.size(); i++) {
			byType.computeIfAbsent(types.get(i), (t) -> new ArrayList<>()).add(hashes.get(i));
		}
		byType.forEach((type, some) -> this.jdbc.query(
				"select id, id_number_hash from person where id_type = :type and id_number_hash in (:hashes)",
				new MapSqlParameterSource("type", type.name()).addValue("hashes", some), (ResultSet rs) -> {
					found.put(type + "|" + rs.getString(2), rs.getLong(1));
				}));
		return found;
	}

	/** Writes new people with their screenings and history lines, in three batches. */
	void create(Actor actor, List<NewRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Instant now = Instant.now(this.clock);
		Timestamp stamp = Timestamp.from(now);
		this.jdbc.getJdbcTemplate().execute((ConnectionCallback<Void>) (connection) -> {
			List<Long> people = insert(connection, INSERT_PERSON, rows, (ps, row) -> person(ps, row, stamp));
			List<Long> screenings = new ArrayList<>(rows.size());
			List<NewRow> withPeople = new ArrayList<>(rows.size());
			for (int i = 0; i < rows.size(); i++) {
				withPeople.add(rows.get(i).withPerson(people.get(i)));
			}
			screenings.addAll(insert(connection, INSERT_SCREENING, withPeople,
					(ps, row) -> screening(ps, row, stamp, actor.username())));
			try (PreparedStatement ps = connection.prepareStatement(INSERT_HISTORY)) {
				for (int i = 0; i < rows.size(); i++) {
					ScreeningRules.Valid valid = rows.get(i).valid();
					ps.setLong(1, screenings.get(i));
					ps.setTimestamp(2, stamp);
					ps.setString(3, actor.username());
					ps.setString(4, actor.displayName());
					ps.setString(5, status(valid.measure()).name());
					ps.setString(6, valid.leadSource().name());
					ps.addBatch();
				}
				ps.executeBatch();
			}
			return null;
		});
	}

	private void person(PreparedStatement ps, NewRow row, Timestamp stamp) throws SQLException {
		ScreeningRules.Valid valid = row.valid();
		String number = valid.idNumber();
		boolean resident = valid.idType() == IdType.RESIDENT_ID;
		String sex = (valid.sex() != null) ? valid.sex() : (resident ? ResidentIdNumber.sex(number) : null);
		LocalDate birth = resident ? ResidentIdNumber.birthDate(number) : null;
		ps.setString(1, valid.idType().name());
		ps.setString(2, this.protection.encrypt(number));
		ps.setString(3, row.hash());
		ps.setString(4, LedgerSearch.hashOrNull(LedgerSearch.tailKey(number, 4), this.protection::lookupHash));
		ps.setString(5, LedgerSearch.hashOrNull(LedgerSearch.tailKey(number, 6), this.protection::lookupHash));
		ps.setString(6, LedgerSearch.hashOrNull(LedgerSearch.phoneKey(valid.phone()), this.protection::lookupHash));
		ps.setString(7, valid.name());
		ps.setString(8, sex);
		ps.setObject(9, (birth != null) ? Date.valueOf(birth) : null, Types.DATE);
		ps.setString(10, this.protection.encrypt(valid.phone()));
		ps.setString(11, row.input().householdAddress());
		ps.setString(12, row.input().currentAddress());
		ps.setLong(13, row.place().gridId());
		ps.setObject(14, row.place().householdId(), Types.BIGINT);
		ps.setTimestamp(15, stamp);
	}

	private void screening(PreparedStatement ps, NewRow row, Timestamp stamp, String username) throws SQLException {
		ScreeningRules.Valid valid = row.valid();
		Trip trip = valid.trip();
		Measure measure = valid.measure();
		boolean none = measure == Measure.NONE;
		LocalDate end = none ? null : valid.measureStart().plusDays(this.settings.daysOf(measure));
		ps.setLong(1, row.personId());
		ps.setLong(2, row.place().gridId());
		ps.setString(3, row.place().gridPath());
		ps.setString(4, valid.leadSource().name());
		ps.setString(5, trip.originClass().name());
		ps.setString(6, trip.originPlace());
		ps.setObject(7, date(trip.departureDate()), Types.DATE);
		ps.setObject(8, date(trip.arrivalDate()), Types.DATE);
		ps.setString(9, (trip.transportMode() != null) ? trip.transportMode().name() : null);
		ps.setString(10, trip.transportNumber());
		ps.setString(11, trip.stopovers());
		ps.setString(12, trip.companions());
		ps.setString(13, trip.exposure());
		ps.setString(14, trip.healthNote());
		ps.setString(15, trip.note());
		ps.setString(16, measure.name());
		ps.setObject(17, none ? null : date(valid.measureStart()), Types.DATE);
		ps.setObject(18, date(end), Types.DATE);
		ps.setString(19, status(measure).name());
		ps.setTimestamp(20, stamp);
		ps.setString(21, username);
	}

	private static ScreeningStatus status(Measure measure) {
		return (measure == Measure.NONE) ? ScreeningStatus.NO_MEASURE : ScreeningStatus.UNDER_MEASURE;
	}

	private static Date date(LocalDate day) {
		return (day != null) ? Date.valueOf(day) : null;
	}

	/** One batch insert, answering the generated ids in the order of the rows. */
	private static List<Long> insert(Connection connection, String sql, List<NewRow> rows, Binder binder)
			throws SQLException {
		List<Long> ids = new ArrayList<>(rows.size());
		try (PreparedStatement ps = connection.prepareStatement(sql, new String[] { "id" })) {
			for (NewRow row : rows) {
				binder.bind(ps, row);
				ps.addBatch();
			}
			ps.executeBatch();
			try (ResultSet keys = ps.getGeneratedKeys()) {
				while (keys.next()) {
					ids.add(keys.getLong(1));
				}
			}
		}
		if (ids.size() != rows.size()) {
			throw new IllegalStateException(
					"the database answered " + ids.size() + " ids for " + rows.size() + " rows of a batch");
		}
		return ids;
	}

	private interface Binder {

		void bind(PreparedStatement ps, NewRow row) throws SQLException;

	}

	/**
	 * A row of a new person: the validated row, the keyed hash of its ID number, its
	 * placement; the person's id once written.
	 */
	record NewRow(NewScreening input, ScreeningRules.Valid valid, String hash, Persons.Placement place, long personId) {

		NewRow withPerson(long id) {
			return new NewRow(this.input, this.valid, this.hash, this.place, id);
		}

	}

}
