package org.fangkong.reporting;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The figures' queries filter by every node of a subtree as one array parameter
 * ({@code jurisdiction_id = any(:ids)}: 790 ids for the demo city). PostgreSQL's default
 * plan choice keeps planning such a statement afresh for each call with the array's
 * values, which costs more than running it: 2–3 ms against about 1 ms for the crossing
 * figures at 5M crossings (W3, measured with {@code EXPLAIN} and {@code \timing}). The
 * figures' statements are written so that their generic plan is good (the indexes they
 * need, fences where a generic plan would pick the wrong one), so the figures of a
 * transaction use it: {@code set local plan_cache_mode = force_generic_plan}, which ends
 * with the transaction. On H2 nothing changes.
 */
@Component
class GenericPlans {

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	GenericPlans(DataSource dataSource, JdbcTemplate jdbc) throws MetaDataAccessException {
		this.jdbc = jdbc;
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		this.postgres = product != null && product.contains("PostgreSQL");
	}

	/** Generic plans for the rest of the current transaction, if there is one. */
	void forThisTransaction() {
		if (this.postgres && TransactionSynchronizationManager.isActualTransactionActive()) {
			this.jdbc.execute("set local plan_cache_mode = force_generic_plan");
		}
	}

}
