package org.fangkong.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The database of the {@code @ApplicationModuleTest}s: a PostgreSQL database of their own
 * ({@code <FANGKONG_TEST_DB_NAME>_modules}), created empty once per run by
 * {@link ModuleTestDatabaseCondition}, beside the database of the integration tests.
 * <p>
 * A module test starts only some modules, and module-aware Flyway migrates only those,
 * each with its own history table; the module tests can therefore share one database
 * among themselves, but must not share the integration tests' one, where the demo data
 * expects an empty tree. Skipped loudly without a PostgreSQL server, failed under
 * {@code CI=true}, like {@link PostgresDatabase}.
 * <p>
 * The scheduled resubmission of incomplete event publications is slowed to once an hour:
 * every cached module-test context runs it on the same database, and one context must not
 * hand another's publications to listeners it does not have.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(ModuleTestDatabaseCondition.class)
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=${" + ModuleTestDatabaseCondition.URL_PROPERTY + "}",
		"fangkong.events.resubmit-every=1h", "fangkong.events.resubmit-older-than=1h" })
public @interface ModuleTestDatabase {

}
