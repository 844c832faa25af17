package org.fangkong.screening;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The screening counters (issue #19 W3, {@code db/vendor/postgresql/screening/V1_19_60})
 * for a bulk load by COPY (the benchmark's generator): {@link #pause} turns off the row
 * triggers that keep them, so a million rows do not each write a delta; {@link #rebuild}
 * turns them on again and counts every counter from the rows with the module's own
 * function, {@code screening_counts_rebuild()}, the one the migration ran. Test scope, in
 * the module's package: the trigger names are the module's.
 */
public final class CountsRebuild {

	private static final String[] TRIGGERS = { "screening:screening_count_insert", "screening:screening_count_update",
			"screening_history:screening_count_release", "screening_history:screening_count_release_update" };

	private CountsRebuild() {
	}

	public static void pause(Connection connection) throws SQLException {
		toggle(connection, "disable");
	}

	public static void rebuild(Connection connection) throws SQLException {
		toggle(connection, "enable");
		try (Statement st = connection.createStatement()) {
			st.execute("select screening_counts_rebuild()");
			st.execute("analyze screening_count_live");
			st.execute("analyze screening_count_hour");
		}
	}

	private static void toggle(Connection connection, String how) throws SQLException {
		try (Statement st = connection.createStatement()) {
			for (String trigger : TRIGGERS) {
				String[] parts = trigger.split(":");
				st.execute("alter table " + parts[0] + " " + how + " trigger " + parts[1]);
			}
		}
	}

}
