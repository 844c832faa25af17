package org.fangkong;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.fangkong.shared.ReadsFromReplica;
import org.fangkong.support.PostgresDatabase;
import org.fangkong.support.ScratchDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #18: which reads go to the standby. Only a read-only transaction of a handler
 * marked {@link ReadsFromReplica}, only while the replica is close enough, and never a
 * write; a replica that cannot be reached leaves the reads on the primary. The lag is
 * measured on a real PostgreSQL server (here the test server stands in for both; a server
 * that is not in recovery lags nothing). The whole path across two servers, with a real
 * standby, is {@code ClusterDrillIT}'s.
 */
@ExtendWith(PostgresDatabase.class)
class ReplicaRoutingTests {

	static DataSource database;

	@BeforeAll
	static void database() throws SQLException {
		database = ScratchDatabases.postgres("replica");
	}

	@Test
	void aMarkedHandlerReadsFromTheReplicaAndSaysHowStale() throws Exception {
		ReplicaLag lag = new ReplicaLag(server(), server(), Duration.ofSeconds(30));
		lag.measure();
		ReplicaRouting.MarkedHandlers handlers = new ReplicaRouting.MarkedHandlers(provider(lag));
		MockHttpServletRequest request = new MockHttpServletRequest();
		MockHttpServletResponse response = new MockHttpServletResponse();

		handlers.preHandle(request, response, handler("dashboard"));

		assertThat(ReplicaRouting.fromReplica()).isTrue();
		assertThat(response.getHeader("X-Fangkong-Data-Lag")).isEqualTo("0");
		handlers.afterCompletion(request, response, handler("dashboard"), null);
		assertThat(ReplicaRouting.fromReplica()).isFalse();

		handlers.preHandle(request, new MockHttpServletResponse(), handler("register"));
		assertThat(ReplicaRouting.fromReplica()).as("an unmarked handler").isFalse();
	}

	@Test
	void aReplicaThatCannotBeReachedIsNotUsed() throws Exception {
		DriverManagerDataSource unreachable = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none",
				PostgresDatabase.USER, PostgresDatabase.PASSWORD);
		ReplicaLag lag = new ReplicaLag(server(), unreachable, Duration.ofSeconds(30));
		lag.measure();
		MockHttpServletResponse response = new MockHttpServletResponse();

		new ReplicaRouting.MarkedHandlers(provider(lag)).preHandle(new MockHttpServletRequest(), response,
				handler("dashboard"));

		assertThat(ReplicaRouting.fromReplica()).isFalse();
		assertThat(response.getHeader("X-Fangkong-Data-Lag")).isNull();
	}

	@Test
	void onlyReadOnlyWorkOfAMarkedRequestTakesTheReplicasConnection() throws Exception {
		DataSource primary = server();
		Counting replica = new Counting(server());
		LazyConnectionDataSourceProxy routed = new LazyConnectionDataSourceProxy(primary);
		routed.setReadOnlyDataSource(new ReplicaRouting.ReplicaChoice(primary, replica));
		ReplicaLag lag = new ReplicaLag(primary, replica, Duration.ofSeconds(30));
		lag.measure();
		replica.taken = 0;
		new ReplicaRouting.MarkedHandlers(provider(lag)).preHandle(new MockHttpServletRequest(),
				new MockHttpServletResponse(), handler("dashboard"));

		query(routed, true);
		assertThat(replica.taken).as("a read-only transaction").isOne();
		query(routed, false);
		assertThat(replica.taken).as("a writing transaction, e.g. the audit of a full read").isOne();
	}

	private static void query(DataSource routed, boolean readOnly) throws SQLException {
		try (Connection connection = routed.getConnection()) {
			connection.setReadOnly(readOnly);
			connection.createStatement().execute("select 1");
		}
	}

	private static DataSource server() {
		return database;
	}

	private static org.springframework.beans.factory.ObjectProvider<ReplicaLag> provider(ReplicaLag lag) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("replicaLag", lag);
		return beans.getBeanProvider(ReplicaLag.class);
	}

	private static HandlerMethod handler(String name) throws NoSuchMethodException {
		Method method = Handlers.class.getDeclaredMethod(name);
		return new HandlerMethod(new Handlers(), method);
	}

	static class Handlers {

		@ReadsFromReplica
		void dashboard() {
		}

		void register() {
		}

	}

	/** Counts the connections handed out. */
	static final class Counting extends org.springframework.jdbc.datasource.DelegatingDataSource {

		int taken;

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			this.taken++;
			return super.getConnection();
		}

	}

}
