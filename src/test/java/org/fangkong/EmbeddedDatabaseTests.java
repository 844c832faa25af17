package org.fangkong;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default of {@code ./mvnw spring-boot:run}: H2 in PostgreSQL mode in a
 * file, migrated by the same Flyway scripts, loaded with the demo data, serving pages,
 * and still there after a restart.
 */
class EmbeddedDatabaseTests {

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theAppStartsOnH2ServesPagesAndKeepsItsDataAcrossARestart(@TempDir Path dataDir) throws Exception {
		try (ConfigurableApplicationContext first = start(dataDir)) {
			int port = port(first);
			HttpResponse<String> login = get(port, "/login", null);
			assertThat(login.statusCode()).isEqualTo(200);
			assertThat(login.body()).contains("用户名", "fangkong-demo");
			HttpResponse<String> checkpoints = get(port, "/api/v1/checkpoints", "commander");
			assertThat(checkpoints.statusCode()).isEqualTo(200);
			assertThat(checkpoints.body()).contains("神树火车站");
			new JdbcTemplate(first.getBean(javax.sql.DataSource.class))
				.update("update checkpoint set name = '神树火车站（重启前）' where code = 'KCP05'");
		}
		assertThat(Files.list(dataDir).map((file) -> file.getFileName().toString()))
			.anyMatch((name) -> name.startsWith("fangkong"));
		try (ConfigurableApplicationContext second = start(dataDir)) {
			HttpResponse<String> checkpoints = get(port(second), "/api/v1/checkpoints", "commander");
			assertThat(checkpoints.body()).contains("神树火车站（重启前）");
			Integer users = new JdbcTemplate(second.getBean(javax.sql.DataSource.class))
				.queryForObject("select count(*) from user_account where username = 'commander'", Integer.class);
			assertThat(users).isEqualTo(1);
		}
	}

	private ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(FangkongApplication.class).profiles("demo")
			.run("--server.port=0", "--fangkong.data-dir=" + dataDir.toAbsolutePath());
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private HttpResponse<String> get(int port, String path, String user) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (user != null) {
			String credentials = user + ":fangkong-demo";
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
