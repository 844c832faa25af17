package org.fangkong.support;

import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Empty databases of a test's own, for a class under test built by hand on one or two
 * data sources ("two nodes on one database"): on the PostgreSQL test server beside the
 * shared test database (run such a test with {@link PostgresDatabase}), or on H2 in the
 * platform's PostgreSQL mode in a folder.
 */
public final class ScratchDatabases {

	private ScratchDatabases() {
	}

	/** {@code <test database>_<suffix>}, dropped and created empty. */
	public static DataSource postgres(String suffix) throws SQLException {
		return new DriverManagerDataSource(PostgresDatabase.recreate(PostgresDatabase.DATABASE + "_" + suffix),
				PostgresDatabase.USER, PostgresDatabase.PASSWORD);
	}

	/**
	 * An H2 file database in {@code folder}, in the embedded default's PostgreSQL mode.
	 */
	public static DataSource h2(Path folder, String name) {
		return new DriverManagerDataSource("jdbc:h2:file:" + folder.toAbsolutePath() + "/" + name
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
	}

}
