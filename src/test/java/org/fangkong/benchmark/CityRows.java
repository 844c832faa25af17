package org.fangkong.benchmark;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.fangkong.benchmark.CityGenerator.CopySink;
import org.fangkong.benchmark.CityModel.Checkpoint;
import org.fangkong.benchmark.CityModel.Grid;
import org.fangkong.shared.PersonalDataProtection;

/**
 * The rows of {@link CityGenerator}'s city, table by table, drawn from {@link CityModel}:
 * the persons with their one screening each (origin class → measure → status as the
 * platform's rules make them; a traveller from outside who came in the last 14 days was
 * mostly registered at a checkpoint, and that crossing opened the screening), the history
 * lines, the daily checks twice a day of the screenings under a measure, and the
 * crossings: the arrivals first, then the rest by checkpoint weight, hour of day and a
 * few frequent travellers crossing often.
 */
final class CityRows {

	private static final String[] MEASURES = { "HOME_OBSERVATION", "CENTRALISED_ISOLATION", "MEDICAL_OBSERVATION",
			"HOME_MONITORING", "NONE" };

	private static final String[] MODES = { "TRAIN", "COACH", "SELF_DRIVE", "AIR", "OTHER" };

	private static final String[] TEMPERATURES = IntStream.rangeClosed(350, 399)
		.mapToObj((t) -> (t / 10) + "." + (t % 10))
		.toArray(String[]::new);

	private final CityModel model;

	private final PersonalDataProtection protection;

	private final int persons;

	private final long crossings;

	private final int days;

	private final ZoneId zone;

	private final long nowSecond;

	/** Nothing later than this is stamped: the roll-up settles 2 minutes behind. */
	private final long latest;

	private final LocalDate today;

	private final String mark;

	// per person (and their screening)
	private final byte[] origin;

	private final int[] grid;

	private final long[] household;

	private final boolean[] passport;

	private final String[] idNumber;

	private final String[] name;

	private final int[] birth;

	private final String[] phone;

	private final char[] sex;

	private final String[] idEnc;

	private final String[] idHash;

	private final String[] tail4;

	private final String[] tail6;

	private final String[] phoneEnc;

	private final String[] phoneHash;

	private final byte[] measure;

	private final byte[] status;

	private final byte[] mode;

	private final int[] arrival;

	private final int[] released;

	private final long[] createdAt;

	/** The index of the arrival crossing that opened the screening, or -1. */
	private final int[] arrivalCrossing;

	private final long[] arrivalAt;

	private final int[] arrivalCheckpoint;

	private int arrivals;

	CityRows(CityModel model, PersonalDataProtection protection, int persons, long crossings, int days, ZoneId zone,
			Instant now, String mark) {
		this.model = model;
		this.protection = protection;
		this.persons = persons;
		this.crossings = crossings;
		this.days = days;
		this.zone = zone;
		this.nowSecond = now.getEpochSecond();
		this.latest = this.nowSecond - 300;
		this.today = LocalDate.ofInstant(now, zone);
		this.mark = mark;
		this.origin = new byte[persons];
		this.grid = new int[persons];
		this.household = new long[persons];
		this.passport = new boolean[persons];
		this.idNumber = new String[persons];
		this.name = new String[persons];
		this.birth = new int[persons];
		this.phone = new String[persons];
		this.sex = new char[persons];
		this.idEnc = new String[persons];
		this.idHash = new String[persons];
		this.tail4 = new String[persons];
		this.tail6 = new String[persons];
		this.phoneEnc = new String[persons];
		this.phoneHash = new String[persons];
		this.measure = new byte[persons];
		this.status = new byte[persons];
		this.mode = new byte[persons];
		this.arrival = new int[persons];
		this.released = new int[persons];
		this.createdAt = new long[persons];
		this.arrivalCrossing = new int[persons];
		this.arrivalAt = new long[persons];
		this.arrivalCheckpoint = new int[persons];
	}

	static String columns(String table) {
		return switch (table) {
			case "person" ->
				"id, id_type, id_number_enc, id_number_hash, id_tail4_hash, id_tail6_hash, phone_hash, name,"
						+ " sex, birth_date, phone_enc, household_address, current_address, grid_id, household_id, created_at,"
						+ " version";
			case "screening" -> "id, person_id, grid_id, grid_path, lead_source, registration_id, origin_class,"
					+ " origin_place, arrival_date, transport_mode, transport_number, measure, measure_start, measure_end,"
					+ " status, released_on, released_by, created_at, created_by, version";
			case "screening_history" ->
				"id, screening_id, occurred_at, actor, action, from_status, to_status, detail, actor_name";
			case "screening_crossing" -> "id, screening_id, registration_id, checkpoint_id, crossed_at, recorded_at";
			case "registration" -> "id, checkpoint_id, jurisdiction_id, direction, id_type, id_number_enc,"
					+ " id_number_hash, name, phone_enc, origin_class, origin_place, destination_jurisdiction_id,"
					+ " travel_mode, plate, vehicle_class, passengers, vehicle_group, temperature, health_code, outcome,"
					+ " source, crossed_at, recorded_at, late_entry, recorded_by, idempotency_key, request_hash";
			case "daily_check" -> "id, screening_id, check_date, slot, checked_at, temperature, symptoms, at_home,"
					+ " lost_contact, checked_by, checked_by_name, seq, recorded_at";
			default -> throw new IllegalArgumentException(table);
		};
	}

	/** How many rows a table may get at most (ids are reserved for them). */
	long upperBound(String table) {
		return switch (table) {
			case "screening_history" -> 2L * this.persons;
			case "registration" -> this.crossings;
			case "daily_check" -> 2L * this.persons * (this.days + 1);
			default -> this.persons;
		};
	}

	/**
	 * Draws the persons and their screenings (one seeded random, in order), then encrypts
	 * and hashes their identifiers on every core.
	 */
	void people() {
		long started = System.nanoTime();
		Random r = this.model.random;
		Set<String> numbers = new HashSet<>();
		long arrivalBudget = this.crossings / 2;
		for (int i = 0; i < this.persons; i++) {
			int o = CityModel.origin(r);
			this.origin[i] = (byte) o;
			this.grid[i] = this.model.gridIndex(r);
			long[] homes = this.model.grids.get(this.grid[i]).households();
			this.household[i] = (homes.length > 0 && r.nextInt(10) < 8) ? homes[r.nextInt(homes.length)] : 0;
			this.passport[i] = o == 5 && r.nextInt(10) < 3;
			String number;
			do {
				number = this.passport[i] ? "E" + String.format("%08d", r.nextInt(100_000_000))
						: CityModel.residentId(o, r, r.nextInt(1000), this.today);
			}
			while (!numbers.add(number));
			this.idNumber[i] = number;
			this.birth[i] = this.passport[i] ? -1
					: (int) LocalDate
						.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
								Integer.parseInt(number.substring(12, 14)))
						.toEpochDay();
			// the order code's last digit: odd for men, even for women
			this.sex[i] = this.passport[i] ? 0 : ((number.charAt(16) - '0') % 2 == 1) ? 'M' : 'F';
			this.name[i] = CityModel.name(r);
			this.phone[i] = (r.nextInt(100) < 95) ? CityModel.phone(r) : null;
			screening(i, o, r, arrivalBudget);
		}
		long drawn = System.nanoTime();
		IntStream.range(0, this.persons).parallel().forEach(this::protect);
		System.out.printf("city: persons drawn in %.1f s, encrypted and hashed in %.1f s%n", (drawn - started) / 1e9,
				(System.nanoTime() - drawn) / 1e9);
		for (int i = 0; i < this.persons; i++) {
			while (this.model.storedHashes.contains(this.idHash[i])) {
				// one of the demo's own people: another number
				String number = CityModel.residentId(this.origin[i], r, r.nextInt(1000), this.today);
				if (numbers.add(number)) {
					this.idNumber[i] = number;
					this.sex[i] = ((number.charAt(16) - '0') % 2 == 1) ? 'M' : 'F';
					protect(i);
				}
			}
			this.idNumber[i] = null;
			this.phone[i] = null;
		}
	}

	private void screening(int i, int o, Random r, long arrivalBudget) {
		int m = measureOf(o, r);
		this.measure[i] = (byte) m;
		this.mode[i] = (byte) ((o == 0) ? -1 : (o >= 3 && r.nextInt(10) < 2) ? 3 : r.nextInt(3));
		int daysAgo = r.nextInt(2 * this.days);
		this.arrivalCrossing[i] = -1;
		if (o != 0 && daysAgo < this.days && r.nextInt(10) < 7 && this.arrivals < arrivalBudget) {
			// registered at a checkpoint on the way in: that crossing opened the
			// screening
			long at = dayStart(daysAgo) + this.model.hour(r) * 3600L + r.nextInt(3600);
			if (at > this.latest) {
				at = this.latest - r.nextInt(6 * 3600);
			}
			this.arrivalCrossing[i] = this.arrivals++;
			this.arrivalAt[i] = at;
			this.arrivalCheckpoint[i] = this.model.checkpointIndex(r);
			this.arrival[i] = (int) LocalDate.ofInstant(Instant.ofEpochSecond(at), this.zone).toEpochDay();
			this.createdAt[i] = at + 1 + r.nextInt(60);
		}
		else {
			this.arrival[i] = (o == 0 && r.nextBoolean()) ? Integer.MIN_VALUE
					: (int) this.today.minusDays(daysAgo).toEpochDay();
			long at = dayStart(daysAgo) + 8 * 3600 + r.nextInt(10 * 3600);
			this.createdAt[i] = Math.min(at, this.latest - r.nextInt(3600));
		}
		int start = (this.arrival[i] == Integer.MIN_VALUE)
				? (int) LocalDate.ofInstant(Instant.ofEpochSecond(this.createdAt[i]), this.zone).toEpochDay()
				: this.arrival[i];
		if (m == 4) {
			this.status[i] = (byte) ((r.nextInt(100) < 85) ? 2 : 3); // NO_MEASURE or
																		// CLOSED
			this.arrival[i] = (this.arrival[i] == Integer.MIN_VALUE) ? Integer.MIN_VALUE : this.arrival[i];
			this.released[i] = Integer.MIN_VALUE;
			return;
		}
		this.arrival[i] = (this.arrival[i] == Integer.MIN_VALUE) ? start : this.arrival[i];
		long end = start + 14L;
		if (end <= this.today.toEpochDay() && r.nextInt(10) < 9) {
			this.status[i] = 1; // RELEASED
			this.released[i] = (int) Math.min(this.today.toEpochDay(), end + ((r.nextInt(10) < 7) ? 0 : 1));
		}
		else {
			this.status[i] = 0; // UNDER_MEASURE (some overdue for release)
			this.released[i] = Integer.MIN_VALUE;
		}
	}

	private static int measureOf(int o, Random r) {
		int x = r.nextInt(100);
		return switch (o) {
			case 4 -> (x < 70) ? 0 : (x < 95) ? 1 : 2; // Wuhan
			case 3 -> (x < 85) ? 0 : (x < 95) ? 1 : 2; // Hubei
			case 5 -> (x < 80) ? 1 : 0; // abroad
			case 2 -> (x < 15) ? 3 : 4;
			case 1 -> (x < 5) ? 3 : 4;
			default -> (x < 2) ? 3 : 4;
		};
	}

	private void protect(int i) {
		String number = this.idNumber[i];
		this.idEnc[i] = this.protection.encrypt(number);
		this.idHash[i] = this.protection.lookupHash(number);
		this.tail4[i] = this.protection.lookupHash("id-tail4:" + number.substring(number.length() - 4));
		this.tail6[i] = this.protection.lookupHash("id-tail6:" + number.substring(number.length() - 6));
		if (this.phone[i] != null) {
			this.phoneEnc[i] = this.protection.encrypt(this.phone[i]);
			this.phoneHash[i] = this.protection.lookupHash("phone:" + this.phone[i]);
		}
	}

	/** Writes a table's rows; answers how many. */
	long write(String table, long[] first, CopySink out) throws SQLException {
		long personId = first[0];
		long screeningId = first[1];
		long registrationId = first[4];
		return switch (table) {
			case "person" -> writePersons(personId, out);
			case "screening" -> writeScreenings(personId, screeningId, registrationId, out);
			case "screening_history" -> writeHistory(first[2], screeningId, out);
			case "screening_crossing" -> writeScreeningCrossings(first[3], screeningId, registrationId, out);
			case "registration" -> writeCrossings(registrationId, out);
			case "daily_check" -> writeChecks(first[5], screeningId, out);
			default -> throw new IllegalArgumentException(table);
		};
	}

	private long writePersons(long firstId, CopySink out) throws SQLException {
		for (int i = 0; i < this.persons; i++) {
			Grid g = this.model.grids.get(this.grid[i]);
			String sex = (this.sex[i] == 0) ? null : String.valueOf(this.sex[i]);
			out.row(firstId + i, this.passport[i] ? "PASSPORT" : "RESIDENT_ID", this.idEnc[i], this.idHash[i],
					this.tail4[i], this.tail6[i], this.phoneHash[i], this.name[i], sex,
					(this.birth[i] < 0) ? null : LocalDate.ofEpochDay(this.birth[i]), this.phoneEnc[i],
					this.mark + " " + g.name(), g.name() + (i % 97 + 1) + "号", g.id(),
					(this.household[i] != 0) ? this.household[i] : null, at(this.createdAt[i]), 0);
		}
		return this.persons;
	}

	private long writeScreenings(long personId, long screeningId, long registrationId, CopySink out)
			throws SQLException {
		Random r = new Random(7);
		String[] statuses = { "UNDER_MEASURE", "RELEASED", "NO_MEASURE", "CLOSED" };
		for (int i = 0; i < this.persons; i++) {
			Grid g = this.model.grids.get(this.grid[i]);
			int o = this.origin[i];
			boolean fromCheckpoint = this.arrivalCrossing[i] >= 0;
			String lead = fromCheckpoint ? "CHECKPOINT"
					: (o == 0) ? "GRID_FOUND" : (r.nextInt(10) < 6) ? "HANDED_DOWN" : "SELF_REPORTED";
			boolean measured = this.measure[i] != 4;
			LocalDate start = (this.arrival[i] == Integer.MIN_VALUE) ? null : LocalDate.ofEpochDay(this.arrival[i]);
			out.row(screeningId + i, personId + i, g.id(), g.path(), lead,
					fromCheckpoint ? registrationId + this.arrivalCrossing[i] : null, CityModel.ORIGINS[o],
					(o == 0) ? null : CityModel.place(o, r), start, (this.mode[i] < 0) ? null : MODES[this.mode[i]],
					(this.mode[i] == 0) ? "K" + (1000 + r.nextInt(8000)) : null, MEASURES[this.measure[i]],
					measured ? start : null, measured ? start.plusDays(14) : null, statuses[this.status[i]],
					(this.released[i] == Integer.MIN_VALUE) ? null : LocalDate.ofEpochDay(this.released[i]),
					(this.released[i] == Integer.MIN_VALUE) ? null : this.mark, at(this.createdAt[i]), this.mark, 0);
		}
		return this.persons;
	}

	private long writeHistory(long firstId, long screeningId, CopySink out) throws SQLException {
		long id = firstId;
		for (int i = 0; i < this.persons; i++) {
			String opened = (this.measure[i] == 4) ? "NO_MEASURE" : "UNDER_MEASURE";
			out.row(id++, screeningId + i, at(this.createdAt[i]), this.mark, "CREATED", null, opened,
					(this.arrivalCrossing[i] >= 0) ? "CHECKPOINT" : "GRID_FOUND", "基准数据");
			if (this.released[i] != Integer.MIN_VALUE) {
				long when = Math.min(this.latest, dayStart(this.today.toEpochDay() - this.released[i]) + 10 * 3600);
				out.row(id++, screeningId + i, at(when), this.mark, "RELEASED", "UNDER_MEASURE", "RELEASED", null,
						"基准数据");
			}
		}
		return id - firstId;
	}

	private long writeScreeningCrossings(long firstId, long screeningId, long registrationId, CopySink out)
			throws SQLException {
		long id = firstId;
		for (int i = 0; i < this.persons; i++) {
			if (this.arrivalCrossing[i] >= 0) {
				Checkpoint c = this.model.checkpoints.get(this.arrivalCheckpoint[i]);
				out.row(id++, screeningId + i, registrationId + this.arrivalCrossing[i], c.id(), at(this.arrivalAt[i]),
						at(this.arrivalAt[i]));
			}
		}
		return id - firstId;
	}

	/**
	 * The arrivals that opened screenings (ids from the first on, in person order), then
	 * the other crossings: most by a few frequent travellers, at checkpoints by weight,
	 * over the days by hour of day.
	 */
	private long writeCrossings(long firstId, CopySink out) throws SQLException {
		Random r = new Random(11);
		long id = firstId;
		for (int i = 0; i < this.persons; i++) {
			if (this.arrivalCrossing[i] >= 0) {
				crossing(out, r, id++, i, this.model.checkpoints.get(this.arrivalCheckpoint[i]), "IN",
						this.arrivalAt[i], this.mode[i]);
			}
		}
		int frequent = Math.max(1, this.persons * 15 / 100);
		while (id - firstId < this.crossings) {
			int i = (r.nextInt(10) < 7) ? r.nextInt(frequent) : r.nextInt(this.persons);
			long at = dayStart(r.nextInt(this.days)) + this.model.hour(r) * 3600L + r.nextInt(3600);
			if (at > this.latest) {
				at -= 86_400;
			}
			int m = (this.mode[i] >= 0) ? this.mode[i] : new int[] { 2, 2, 1, 4 }[r.nextInt(4)];
			crossing(out, r, id++, i, this.model.checkpoint(r), r.nextBoolean() ? "IN" : "OUT", at, m);
		}
		return id - firstId;
	}

	private void crossing(CopySink out, Random r, long id, int i, Checkpoint c, String direction, long at, int m)
			throws SQLException {
		int o = this.origin[i];
		boolean car = m == 2;
		boolean coach = m == 1;
		int x = r.nextInt(1000);
		boolean fever = x < 2;
		String health = (x >= 997) ? "RED" : (x >= 990) ? "YELLOW" : "GREEN";
		String outcome = fever ? "FEVER_CLINIC" : (x >= 997) ? "TURNED_BACK" : "PASSED";
		String temperature = TEMPERATURES[fever ? 23 + r.nextInt(20) : 10 + r.nextInt(13)];
		int source = r.nextInt(100);
		long recorded = (source < 2) ? at + 3600 + r.nextInt(5 * 3600) : at + r.nextInt(30);
		recorded = Math.max(at, Math.min(recorded, this.latest));
		out.row(id, c.id(), c.jurisdictionId(), direction, this.passport[i] ? "PASSPORT" : "RESIDENT_ID", this.idEnc[i],
				this.idHash[i], this.name[i], this.phoneEnc[i], CityModel.ORIGINS[o],
				(o == 0) ? null : CityModel.PLACES[o][i % CityModel.PLACES[o].length],
				direction.equals("IN") ? this.model.grids.get(this.grid[i]).id() : null, MODES[m],
				car ? "黑F" + (char) ('A' + i % 20) + String.format("%04d", i % 10_000)
						: coach ? "黑F" + String.format("%05d", c.id() * 7 % 100_000) : null,
				car ? "PRIVATE_CAR" : coach ? "COACH" : null,
				car ? (Object) (1 + r.nextInt(4)) : coach ? (Object) (20 + r.nextInt(25)) : null,
				coach ? "cg-" + c.id() + "-" + (at / 900) : null, temperature, health, outcome,
				(source < 2) ? "PAPER" : (source < 7) ? "SELF" : "CREW", at(at), at(recorded), source < 2, this.mark,
				this.mark + "-" + id, this.mark);
	}

	/**
	 * Two checks a day (08:00 and 16:00 city time) of each screening under a measure,
	 * over the last days, up to its release or now; one in 40 missed.
	 */
	private long writeChecks(long firstId, long screeningId, CopySink out) throws SQLException {
		Random r = new Random(13);
		long id = firstId;
		long todayDay = this.today.toEpochDay();
		for (int i = 0; i < this.persons; i++) {
			if (this.measure[i] == 4) {
				continue;
			}
			long from = Math.max(this.arrival[i], todayDay - this.days + 1);
			long to = (this.released[i] != Integer.MIN_VALUE) ? this.released[i] - 1L
					: Math.min(todayDay, this.arrival[i] + 13L);
			for (long day = from; day <= to; day++) {
				for (int slot = 0; slot < 2; slot++) {
					long at = dayStart(todayDay - day) + (slot == 0 ? 8 : 16) * 3600L + r.nextInt(7200);
					if (at > this.nowSecond - 60 || r.nextInt(40) == 0) {
						continue;
					}
					boolean fever = r.nextInt(3000) == 0;
					out.row(id++, screeningId + i, LocalDate.ofEpochDay(day), slot, at(at),
							TEMPERATURES[fever ? 25 + r.nextInt(15) : 10 + r.nextInt(12)], fever ? "发热" : null,
							r.nextInt(200) != 0, r.nextInt(500) == 0, this.mark, "网格员", 0, at(at));
				}
			}
		}
		return id - firstId;
	}

	private long dayStart(long daysAgo) {
		return this.today.minusDays(daysAgo).atStartOfDay(this.zone).toEpochSecond();
	}

	private static String at(long epochSecond) {
		return Instant.ofEpochSecond(epochSecond).toString();
	}

}
