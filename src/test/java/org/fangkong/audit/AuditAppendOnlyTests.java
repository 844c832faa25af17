package org.fangkong.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * SECURITY.md AL3, PR1 (issue #9): on PostgreSQL the audit trail is append-only — for the
 * schema's owner through a trigger, and for the application's own role, made by
 * {@code ops/postgresql/app-role.sql}, through its grants: it reads and appends, never
 * changes or removes an audit row, and owns no table.
 */
@IntegrationTest
class AuditAppendOnlyTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditTrail audit;

	@Value("${spring.datasource.url}")
	String url;

	@Test
	void noOneCanChangeOrRemoveAnAuditRowNotEvenTheOwner() {
		this.audit.recordAs("append-only-test", AuditAction.SEARCH, "test", 1, AuditTrail.SUCCESS, "rows=0");
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(
				() -> this.jdbc.update("update audit_entry set outcome = 'FORGED' where actor = 'append-only-test'"));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from audit_entry where actor = 'append-only-test'"));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where actor = 'append-only-test'",
				Integer.class))
			.isOne();
	}

	@Test
	void theApplicationRoleReadsAndAppendsTheTrailAndNothingMore() throws Exception {
		String script = Files.readString(Path.of("ops/postgresql/app-role.sql"))
			.replace(":'app_user'", "'fangkong_app_test'")
			.replace(":'app_password'", "'app-role-test-password'");
		this.jdbc.execute(script);
		try (Connection app = DriverManager.getConnection(this.url, "fangkong_app_test", "app-role-test-password");
				Statement statement = app.createStatement()) {
			assertThat(statement.executeUpdate("insert into audit_entry (occurred_at, actor, action, outcome)"
					+ " values (current_timestamp, 'app-role-test', 'SEARCH', 'SUCCESS')"))
				.isOne();
			assertThat(statement.executeQuery("select count(*) from audit_entry").next()).isTrue();
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement
					.executeUpdate("update audit_entry set outcome = 'FORGED' where actor = 'app-role-test'"))
				.withMessageContaining("permission denied");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement.executeUpdate("delete from audit_entry where actor = 'app-role-test'"))
				.withMessageContaining("permission denied");
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> statement.execute("drop table audit_entry"))
				.withMessageContaining("must be owner");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement.execute("create table intruder (id int)"))
				.withMessageContaining("permission denied");
			assertThat(statement.executeUpdate("update user_account set display_name = display_name where id = -1"))
				.isZero();
		}
	}

}
