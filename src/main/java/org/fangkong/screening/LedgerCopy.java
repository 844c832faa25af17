package org.fangkong.screening;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * W2 on PostgreSQL: a chunk of the ledger import's new people, their screenings and
 * history lines written by COPY (a stream per table instead of a statement per row). The
 * ids are reserved from the tables' identity sequences first, in one query, so that the
 * screenings name their people and the history lines their screenings without asking the
 * database back. The values come from {@link LedgerBulkWriter} in the order of its column
 * lists, the first of a screening (its person) and of a history line (its screening) left
 * to fill.
 */
final class LedgerCopy {

	private static final String RESERVE = "select nextval(pg_get_serial_sequence('person', 'id')),"
			+ " nextval(pg_get_serial_sequence('screening', 'id')),"
			+ " nextval(pg_get_serial_sequence('screening_history', 'id')) from generate_series(1, ?)";

	private LedgerCopy() {
	}

	static void write(Connection connection, List<Object[]> people, List<Object[]> screenings, List<Object[]> lines)
			throws SQLException {
		int n = people.size();
		long[] personIds = new long[n];
		long[] screeningIds = new long[n];
		long[] lineIds = new long[n];
		try (PreparedStatement ps = connection.prepareStatement(RESERVE)) {
			ps.setInt(1, n);
			try (ResultSet rs = ps.executeQuery()) {
				for (int i = 0; i < n && rs.next(); i++) {
					personIds[i] = rs.getLong(1);
					screeningIds[i] = rs.getLong(2);
					lineIds[i] = rs.getLong(3);
				}
			}
		}
		for (int i = 0; i < n; i++) {
			screenings.get(i)[0] = personIds[i];
			lines.get(i)[0] = screeningIds[i];
		}
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		copy(copy, "person", LedgerBulkWriter.PERSON_COLUMNS, personIds, people);
		copy(copy, "screening", LedgerBulkWriter.SCREENING_COLUMNS, screeningIds, screenings);
		copy(copy, "screening_history", LedgerBulkWriter.HISTORY_COLUMNS, lineIds, lines);
	}

	private static void copy(CopyManager copy, String table, String columns, long[] ids, List<Object[]> rows)
			throws SQLException {
		StringBuilder text = new StringBuilder(rows.size() * 256);
		Timestamp stamp = null;
		String stampText = null;
		for (int i = 0; i < rows.size(); i++) {
			text.append(ids[i]);
			for (Object value : rows.get(i)) {
				text.append('\t');
				if (value instanceof Timestamp t) {
					// one stamp for the chunk: formatted once
					if (t != stamp) {
						stamp = t;
						stampText = t.toInstant().toString();
					}
					text.append(stampText);
				}
				else {
					append(text, value);
				}
			}
			text.append('\n');
		}
		long written;
		try {
			written = copy.copyIn("copy " + table + " (id, " + columns + ") from stdin",
					new StringReader(text.toString()));
		}
		catch (IOException ex) {
			throw new SQLException("COPY into " + table + " failed", ex);
		}
		if (written != rows.size()) {
			throw new IllegalStateException("COPY wrote " + written + " rows of " + rows.size() + " into " + table);
		}
	}

	/** A value in COPY's text format: \N for null, backslash escapes. */
	static void append(StringBuilder text, Object value) {
		if (value == null) {
			text.append("\\N");
			return;
		}
		if (value instanceof Long || value instanceof LocalDate) {
			text.append(value);
			return;
		}
		String s = value.toString();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
			}
		}
	}

}
