package org.fangkong;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fangkong.shared.ReadsFromReplica;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads of the dashboard, the ledgers, the map and the exports from the standby (issue
 * #18), switched on by {@code fangkong.datasource.replica.url}. The application's
 * {@code DataSource} becomes a {@link LazyConnectionDataSourceProxy} over the primary's
 * pool: a connection is taken only at the first statement, and a transaction that is
 * read-only by then is served by {@link ReplicaChoice}, which hands out the replica's
 * connection when the request's handler is marked {@link ReadsFromReplica} and the
 * replica lags at most {@code fangkong.datasource.replica.max-lag} (measured by
 * {@link ReplicaLag}). Everything else, every write included, goes to the primary.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${fangkong.datasource.replica.url:}'.isBlank()")
class ReplicaRouting implements WebMvcConfigurer {

	private static final ThreadLocal<Boolean> FROM_REPLICA = new ThreadLocal<>();

	private final ObjectProvider<ReplicaLag> lag;

	ReplicaRouting(ObjectProvider<ReplicaLag> lag) {
		this.lag = lag;
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource primaryDataSource(DataSourceProperties properties) {
		return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
	}

	@Bean
	HikariDataSource replicaDataSource(DataSourceProperties primary,
			@Value("${fangkong.datasource.replica.url}") String url,
			@Value("${fangkong.datasource.replica.username:}") String username,
			@Value("${fangkong.datasource.replica.password:}") String password,
			@Value("${fangkong.datasource.replica.pool-size:5}") int poolSize) {
		HikariDataSource replica = new HikariDataSource();
		replica.setPoolName("replica");
		replica.setJdbcUrl(url);
		replica.setUsername(username.isBlank() ? primary.determineUsername() : username);
		replica.setPassword(password.isBlank() ? primary.determinePassword() : password);
		replica.setReadOnly(true);
		replica.setMaximumPoolSize(poolSize);
		replica.setConnectionTimeout(2000);
		replica.setInitializationFailTimeout(-1);
		return replica;
	}

	@Bean
	ReplicaLag replicaLag(HikariDataSource primaryDataSource, HikariDataSource replicaDataSource,
			@Value("${fangkong.datasource.replica.max-lag:30s}") Duration maxLag) {
		return new ReplicaLag(primaryDataSource, replicaDataSource, maxLag);
	}

	@Bean
	@Primary
	DataSource dataSource(HikariDataSource primaryDataSource, HikariDataSource replicaDataSource) {
		LazyConnectionDataSourceProxy routed = new LazyConnectionDataSourceProxy(primaryDataSource);
		routed.setReadOnlyDataSource(new ReplicaChoice(primaryDataSource, replicaDataSource));
		return routed;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new MarkedHandlers(this.lag));
	}

	/** Whether the current request reads from the replica. */
	static boolean fromReplica() {
		return Boolean.TRUE.equals(FROM_REPLICA.get());
	}

	/**
	 * Marks the requests of {@link ReadsFromReplica} handlers while the replica is close
	 * enough.
	 */
	static final class MarkedHandlers implements HandlerInterceptor {

		private final ObjectProvider<ReplicaLag> lag;

		MarkedHandlers(ObjectProvider<ReplicaLag> lag) {
			this.lag = lag;
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			FROM_REPLICA.remove();
			if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(ReadsFromReplica.class)) {
				Duration current = this.lag.getObject().usable();
				if (current != null) {
					FROM_REPLICA.set(Boolean.TRUE);
					response.setHeader("X-Fangkong-Data-Lag", Long.toString(current.toSeconds()));
					// the page's footer reads it (a request attribute is a template
					// variable)
					request.setAttribute("replicaLagSeconds", Math.max(1, current.toSeconds()));
				}
			}
			return true;
		}

		@Override
		public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
				Exception ex) {
			FROM_REPLICA.remove();
		}

	}

	/**
	 * The data source of read-only transactions: the replica for a marked request, the
	 * primary otherwise, and the primary too when the replica cannot be reached.
	 */
	static final class ReplicaChoice implements DataSource {

		private static final org.slf4j.Logger log = LoggerFactory.getLogger(ReplicaChoice.class);

		private final DataSource primary;

		private final DataSource replica;

		ReplicaChoice(DataSource primary, DataSource replica) {
			this.primary = primary;
			this.replica = replica;
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (fromReplica()) {
				try {
					return this.replica.getConnection();
				}
				catch (SQLException ex) {
					log.warn("replica unavailable, reading from the primary: {}", ex.getMessage());
				}
			}
			return this.primary.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return getConnection();
		}

		@Override
		public PrintWriter getLogWriter() {
			return null;
		}

		@Override
		public void setLogWriter(PrintWriter out) {
		}

		@Override
		public void setLoginTimeout(int seconds) {
		}

		@Override
		public int getLoginTimeout() {
			return 0;
		}

		@Override
		public Logger getParentLogger() throws SQLFeatureNotSupportedException {
			throw new SQLFeatureNotSupportedException();
		}

		@Override
		public <T> T unwrap(Class<T> type) throws SQLException {
			throw new SQLException("not a wrapper");
		}

		@Override
		public boolean isWrapperFor(Class<?> type) {
			return false;
		}

	}

}
