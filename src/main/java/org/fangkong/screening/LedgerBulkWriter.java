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
 * W2: the ledger import's rows of people not known yet, written together inside the
 * import's transaction — the person (PR1: ID number and phone encrypted, the keyed hashes
 * to find them), the screening under the measure the row gives, and its {@code CREATED}
 * history line — exactly what {@link Screenings#create} writes for such a row. On
 * PostgreSQL the three tables take a chunk's rows by COPY, with the ids reserved from
 * their sequences first ({@link LedgerCopy}); elsewhere (H2) in three JDBC batches that
 * answer the generated ids. Rows of known people still go through {@link Screenings} one
 * by one ({@link LedgerImport}).
 */
@Component
class LedgerBulkWriter {

	static final String PERSON_COLUMNS = "id_type, id_number_enc, id_number_hash, id_tail4_hash, id_tail6_hash,"
			+ " phone_hash, name, sex, birth_date, phone_enc, household_address, current_address, grid_id, household_id,"
			+ " created_at, version";

	static final String SCREENING_COLUMNS = "person_id, grid_id, grid_path, lead_source, origin_class, origin_place,"
			+ " departure_date, arrival_date, transport_mode, transport_number, stopovers, companions, exposure,"
			+ " health_note, note, measure, measure_start, measure_end, status, created_at, created_by, version";

	static final String HISTORY_COLUMNS = "screening_id, occurred_at, actor, actor_name, action, from_status,"
			+ " to_status, detail";

	/** The SQL types of the columns, for the nulls of the batch path. */
	private static final int V = Types.VARCHAR;

	private static final int[] PERSON_TYPES = { V, V, V, V, V, V, V, V, Types.DATE, V, V, V, Types.BIGINT, Types.BIGINT,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT };

	private static final int[] SCREENING_TYPES = { Types.BIGINT, Types.BIGINT, V, V, V, V, Types.DATE, Types.DATE, V, V,
			V, V, V, V, V, V, Types.DATE, Types.DATE, V, Types.TIMESTAMP_WITH_TIMEZONE, V, Types.BIGINT };

	private static final int[] HISTORY_TYPES = { Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, V, V, V, V, V, V };

	private final NamedParameterJdbcTemplate jdbc;

	private final PersonalDataProtection protection;

	private final ScreeningSettings settings;

	private final Clock clock;

	/** Whether the database takes COPY (PostgreSQL); found on the first write. */
	private volatile Boolean copies;

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

	/**
	 * Writes new people with their screenings and history lines: the values of every row
	 * first (the encryption and hashing), then the three tables.
	 */
	void create(Actor actor, List<NewRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Timestamp stamp = Timestamp.from(Instant.now(this.clock));
		List<Object[]> people = new ArrayList<>(rows.size());
		List<Object[]> screenings = new ArrayList<>(rows.size());
		List<Object[]> lines = new ArrayList<>(rows.size());
		for (NewRow row : rows) {
			people.add(person(row, stamp));
			screenings.add(screening(row, stamp, actor.username()));
			lines.add(new Object[] { null, stamp, actor.username(), actor.displayName(), "CREATED", null,
					status(row.valid().measure()).name(), row.valid().leadSource().name() });
		}
		this.jdbc.getJdbcTemplate().execute((ConnectionCallback<Void>) (connection) -> {
			if (copies(connection)) {
				LedgerCopy.write(connection, people, screenings, lines);
			}
			else {
				List<Long> personIds = insert(connection, "person", PERSON_COLUMNS, PERSON_TYPES, people, true);
				for (int i = 0; i < rows.size(); i++) {
					screenings.get(i)[0] = personIds.get(i);
				}
				List<Long> screeningIds = insert(connection, "screening", SCREENING_COLUMNS, SCREENING_TYPES,
						screenings, true);
				for (int i = 0; i < rows.size(); i++) {
					lines.get(i)[0] = screeningIds.get(i);
				}
				insert(connection, "screening_history", HISTORY_COLUMNS, HISTORY_TYPES, lines, false);
			}
			return null;
		});
	}

	private boolean copies(Connection connection) throws SQLException {
		if (this.copies == null) {
			this.copies = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
		}
		return this.copies;
	}

	/** The person's values in the order of {@link #PERSON_COLUMNS}. */
	private Object[] person(NewRow row, Timestamp stamp) {
		ScreeningRules.Valid valid = row.valid();
		String number = valid.idNumber();
		boolean resident = valid.idType() == IdType.RESIDENT_ID;
		String sex = (valid.sex() != null) ? valid.sex() : (resident ? ResidentIdNumber.sex(number) : null);
		LocalDate birth = resident ? ResidentIdNumber.birthDate(number) : null;
		return new Object[] { valid.idType().name(), this.protection.encrypt(number), row.hash(),
				LedgerSearch.hashOrNull(LedgerSearch.tailKey(number, 4), this.protection::lookupHash),
				LedgerSearch.hashOrNull(LedgerSearch.tailKey(number, 6), this.protection::lookupHash),
				LedgerSearch.hashOrNull(LedgerSearch.phoneKey(valid.phone()), this.protection::lookupHash),
				valid.name(), sex, birth, this.protection.encrypt(valid.phone()), row.input().householdAddress(),
				row.input().currentAddress(), row.place().gridId(), row.place().householdId(), stamp, 0L };
	}

	/**
	 * The screening's values in the order of {@link #SCREENING_COLUMNS}; the person's id
	 * (first) once known.
	 */
	private Object[] screening(NewRow row, Timestamp stamp, String username) {
		ScreeningRules.Valid valid = row.valid();
		Trip trip = valid.trip();
		Measure measure = valid.measure();
		boolean none = measure == Measure.NONE;
		LocalDate end = none ? null : valid.measureStart().plusDays(this.settings.daysOf(measure));
		return new Object[] { null, row.place().gridId(), row.place().gridPath(), valid.leadSource().name(),
				trip.originClass().name(), trip.originPlace(), trip.departureDate(), trip.arrivalDate(),
				(trip.transportMode() != null) ? trip.transportMode().name() : null, trip.transportNumber(),
				trip.stopovers(), trip.companions(), trip.exposure(), trip.healthNote(), trip.note(), measure.name(),
				none ? null : valid.measureStart(), end, status(measure).name(), stamp, username, 0L };
	}

	private static ScreeningStatus status(Measure measure) {
		return (measure == Measure.NONE) ? ScreeningStatus.NO_MEASURE : ScreeningStatus.UNDER_MEASURE;
	}

	/**
	 * One batch insert; with {@code keys}, answers the generated ids in the order of the
	 * rows.
	 */
	private static List<Long> insert(Connection connection, String table, String columns, int[] types,
			List<Object[]> rows, boolean keys) throws SQLException {
		String sql = "insert into " + table + " (" + columns + ") values (?" + ", ?".repeat(types.length - 1) + ")";
		List<Long> ids = new ArrayList<>(rows.size());
		try (PreparedStatement ps = keys ? connection.prepareStatement(sql, new String[] { "id" })
				: connection.prepareStatement(sql)) {
			for (Object[] row : rows) {
				for (int i = 0; i < types.length; i++) {
					if (row[i] == null) {
						ps.setNull(i + 1, types[i]);
					}
					else if (row[i] instanceof Timestamp stamp) {
						ps.setTimestamp(i + 1, stamp);
					}
					else if (row[i] instanceof LocalDate day) {
						ps.setDate(i + 1, Date.valueOf(day));
					}
					else {
						ps.setObject(i + 1, row[i]);
					}
				}
				ps.addBatch();
			}
			ps.executeBatch();
			if (!keys) {
				return ids;
			}
			try (ResultSet generated = ps.getGeneratedKeys()) {
				while (generated.next()) {
					ids.add(generated.getLong(1));
				}
			}
		}
		if (ids.size() != rows.size()) {
			throw new IllegalStateException(
					"the database answered " + ids.size() + " ids for " + rows.size() + " rows of a batch");
		}
		return ids;
	}

	/**
	 * A row of a new person: the validated row, the keyed hash of its ID number, its
	 * placement.
	 */
	record NewRow(NewScreening input, ScreeningRules.Valid valid, String hash, Persons.Placement place) {

	}

}
