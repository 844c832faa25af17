package org.fangkong.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.fangkong.checkpoint.RollupRebuild;
import org.fangkong.screening.CountsRebuild;
import org.fangkong.shared.PersonalDataProtection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Issue #19 item 2: fills an existing PostgreSQL database — migrated and loaded with the
 * demo data by one start of the platform — with a city at a chosen scale:
 * {@code bench.persons} persons (1M by default) each with a screening in the ledger, and
 * {@code bench.crossings} checkpoint crossings (5M) over the last 14 days at the demo's
 * checkpoints, with the daily checks of the screenings under a measure, their history
 * lines and the crossings that opened them. ID numbers are valid resident ID numbers
 * (check character), encrypted and keyed-hashed by the platform's own
 * {@link PersonalDataProtection} with {@code bench.cryptoKey} (the demo key by default),
 * so the running platform reads them back. Rows go in through COPY (PgJDBC's CopyManager)
 * with the large tables' non-unique indexes dropped for the load and built again after;
 * the checkpoint roll-up ({@code registration_hour}, {@code registration_hour_node},
 * {@code registration_rollup}) is rebuilt from the rows as the platform's own job builds
 * it on a first run; the screening counters ({@code screening_count_live},
 * {@code screening_count_hour}) by the module's own function after the load, their
 * triggers off during it ({@code screening.CountsRebuild}). Every row is marked
 * {@value #MARK} (screening created_by, registration recorded_by and idempotency key,
 * daily check checked_by, history actor, person household address), and a second run
 * removes the first run's rows before it adds its own. Run it while the platform is
 * stopped. Prints, and writes to {@code target/benchmarks/city.md}, the time and rows/s
 * of each table. Not part of {@code ./mvnw verify} (tag {@code benchmark}); bench/run.sh
 * runs it; the command and its measurements are in docs/bench-notes/generator-w2-w4.md.
 */
@Tag("benchmark")
class CityGenerator {

	static final String MARK = "city-gen";

	static final int PERSONS = Integer.getInteger("bench.persons", 1_000_000);

	static final long CROSSINGS = Long.getLong("bench.crossings", 5_000_000L);

	static final int DAYS = Integer.getInteger("bench.days", 14);

	static final ZoneId CITY = ZoneId.of(System.getProperty("bench.zone", "Asia/Shanghai"));

	static final String[] TABLES = { "person", "screening", "screening_history", "screening_crossing", "registration",
			"daily_check" };

	private final List<String> report = new ArrayList<>();

	@Test
	void generate() throws Exception {
		String url = System.getProperty("bench.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/fangkong_bench");
		PersonalDataProtection protection = new PersonalDataProtection(
				System.getProperty("bench.cryptoKey", PersonalDataProtection.DEMO_KEY));
		long started = System.nanoTime();
		try (Connection connection = DriverManager.getConnection(url, System.getProperty("bench.user", "fangkong"),
				System.getProperty("bench.password", "fangkong"))) {
			connection.setAutoCommit(true);
			// the screening counters are counted once after the load, not row by row
			CountsRebuild.pause(connection);
			try {
				removePrevious(connection);
				CityModel model = CityModel.read(connection, Long.getLong("bench.seed", 19L));
				Instant now = Instant.now();
				CityRows rows = new CityRows(model, protection, PERSONS, CROSSINGS, DAYS, CITY, now, MARK);
				long t = System.nanoTime();
				rows.people();
				note("persons drawn, ID numbers and phones encrypted and hashed", PERSONS, t);
				long[] first = reserveIds(connection, rows);
				List<String> indexes = dropIndexes(connection);
				try {
					for (String table : TABLES) {
						t = System.nanoTime();
						CopyIn copy = connection.unwrap(PGConnection.class)
							.getCopyAPI()
							.copyIn("copy " + table + " (" + CityRows.columns(table) + ") from stdin");
						CopySink sink = new CopySink(copy);
						long count = rows.write(table, first, sink);
						sink.flush();
						copy.endCopy();
						note("copy " + table, count, t);
					}
				}
				finally {
					// the indexes come back even when a copy failed
					t = System.nanoTime();
					try (Statement st = connection.createStatement()) {
						for (String index : indexes) {
							st.execute(index);
						}
					}
					note("indexes built again (" + indexes.size() + ")", 0, t);
				}
				t = System.nanoTime();
				try (Statement st = connection.createStatement()) {
					for (String table : TABLES) {
						st.execute("vacuum analyze " + table);
					}
				}
				note("vacuum analyze", 0, t);
				t = System.nanoTime();
				RollupRebuild.run(connection, now);
				note("checkpoint roll-up rebuilt (registration_hour, registration_hour_node)", 0, t);
			}
			finally {
				// on again even when the load failed, and counted from whatever rows are
				// there
				long r = System.nanoTime();
				CountsRebuild.rebuild(connection);
				note("screening counters rebuilt (screening_count_live, screening_count_hour)", 0, r);
			}
		}
		note("total", 0, started);
		String text = String.format(Locale.ROOT,
				"City generated: %,d persons, %,d crossings over %d days%n%n"
						+ "| step | rows | seconds | rows/s |%n|---|---|---|---|%n%s%n",
				PERSONS, CROSSINGS, DAYS, String.join("\n", this.report));
		Path out = Path.of("target", "benchmarks", "city.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, text);
		System.out.println(text);
	}

	/** Removes the rows of an earlier run (by their marks), children first. */
	private void removePrevious(Connection connection) throws SQLException {
		long t = System.nanoTime();
		try (Statement st = connection.createStatement()) {
			long before;
			try (ResultSet rs = st.executeQuery("select count(*) from screening where created_by = '" + MARK + "'")) {
				rs.next();
				before = rs.getLong(1);
			}
			if (before == 0) {
				return;
			}
			// the corrections point at other checks: without an index each deleted row
			// would scan the table for rows pointing at it
			st.execute("create index city_gen_corrects on daily_check (corrects_check_id)");
			st.execute("create index city_gen_superseded on daily_check (superseded_by)");
			st.execute("delete from daily_check where checked_by = '" + MARK + "'");
			st.execute("drop index city_gen_corrects");
			st.execute("drop index city_gen_superseded");
			st.execute("delete from screening_history where actor = '" + MARK + "'");
			st.execute("delete from screening_crossing where screening_id in"
					+ " (select id from screening where created_by = '" + MARK + "')");
			st.execute("delete from screening where created_by = '" + MARK + "'");
			st.execute("delete from person where household_address like '" + MARK + "%'");
			st.execute("delete from registration where recorded_by = '" + MARK + "'");
			note("rows of the previous run removed (" + before + " screenings)", 0, t);
		}
	}

	/**
	 * The first id of each table's rows; the table's identity sequence is moved past the
	 * rows first, so the platform's own inserts never take one of them.
	 */
	private static long[] reserveIds(Connection connection, CityRows rows) throws SQLException {
		long[] first = new long[TABLES.length];
		try (Statement st = connection.createStatement()) {
			for (int i = 0; i < TABLES.length; i++) {
				String table = TABLES[i];
				try (ResultSet rs = st.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
					rs.next();
					first[i] = rs.getLong(1) + 1000;
				}
				long bound = first[i] + rows.upperBound(table) + 1000;
				st.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + bound + ")");
			}
		}
		return first;
	}

	/**
	 * Drops the non-unique indexes of the tables the city fills, answering the statements
	 * that build them again: building an index once is much faster than updating it row
	 * by row.
	 */
	private static List<String> dropIndexes(Connection connection) throws SQLException {
		List<String> definitions = new ArrayList<>();
		Set<String> tables = new HashSet<>(List.of(TABLES));
		try (Statement st = connection.createStatement()) {
			List<String[]> found = new ArrayList<>();
			try (ResultSet rs = st.executeQuery("select c.relname, i.relname, pg_get_indexdef(i.oid)"
					+ " from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class c on c.oid = x.indrelid"
					+ " join pg_namespace n on n.oid = c.relnamespace"
					+ " where n.nspname = current_schema() and not x.indisunique and not x.indisprimary")) {
				while (rs.next()) {
					if (tables.contains(rs.getString(1))) {
						found.add(new String[] { rs.getString(2), rs.getString(3) });
					}
				}
			}
			for (String[] index : found) {
				System.out.println("city: dropping for the load, built again after: " + index[1]);
				st.execute("drop index " + index[0]);
				definitions.add(index[1]);
			}
		}
		return definitions;
	}

	private void note(String step, long rows, long startedNanos) {
		double seconds = (System.nanoTime() - startedNanos) / 1e9;
		String line = String.format(Locale.ROOT, "| %s | %s | %.1f | %s |", step,
				(rows > 0) ? String.format(Locale.ROOT, "%,d", rows) : "", seconds,
				(rows > 0) ? String.format(Locale.ROOT, "%,.0f", rows / seconds) : "");
		this.report.add(line);
		System.out.println("city: " + line);
	}

	/** Lines of COPY text, sent in chunks of about 1 MiB. */
	static final class CopySink {

		private final CopyIn copy;

		private final StringBuilder buffer = new StringBuilder(1 << 21);

		CopySink(CopyIn copy) {
			this.copy = copy;
		}

		/**
		 * One row: null as \N; the values hold no tab, newline or backslash.
		 */
		void row(Object... values) throws SQLException {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					this.buffer.append('\t');
				}
				this.buffer.append((values[i] != null) ? values[i].toString() : "\\N");
			}
			this.buffer.append('\n');
			if (this.buffer.length() > (1 << 20)) {
				flush();
			}
		}

		void flush() throws SQLException {
			byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
			this.copy.writeToCopy(bytes, 0, bytes.length);
			this.buffer.setLength(0);
		}

	}

}
