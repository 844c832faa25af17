package org.fangkong.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.fangkong.identity.AccessTokens;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.shared.ResidentIdNumber;
import org.fangkong.shared.Role;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.PostgresDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PERFORMANCE.md W1: registration ingest through the real API (token auth, validation,
 * idempotency, encryption, events) against a plain POST that parses the same JSON and
 * inserts the same row with one JDBC statement, behind the same server, in the same run,
 * 32 concurrent clients, synchronous commit. Not part of {@code ./mvnw verify}; run it
 * with the command in docs/benchmarks.md. It writes its result to
 * {@code target/benchmarks/w1.md}.
 */
@Tag("benchmark")
@ExtendWith(PostgresDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class RegistrationIngestBenchmark {

	static final int CLIENTS = 32;

	static final int WARM_UP = Integer.getInteger("bench.warmup", 2_000);

	static final int REQUESTS = Integer.getInteger("bench.requests", 20_000);

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AccessTokens tokens;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	final AtomicInteger sequence = new AtomicInteger();

	@Test
	void registrationIngestAgainstAPlainInsert() throws Exception {
		this.jdbc.execute("create table if not exists bench_crossing (id bigserial primary key, checkpoint_id bigint, "
				+ "id_number varchar(30), name varchar(50), temperature numeric(3,1), crossed_at timestamptz)");
		long station = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("神树火车站");
		long crewId = this.accounts.list().stream().filter((u) -> u.username().equals("crew")).findFirst().get().id();
		String token = this.tokens
			.create(Actors.user("crew").id(crewId).role(Role.CHECKPOINT_CREW).build(), "benchmark", 1)
			.secret();
		String real = "/api/v1/checkpoints/" + station + "/registrations";
		String plain = "/api/v1/bench/plain";

		run(plain, token, WARM_UP);
		run(real, token, WARM_UP);
		long plainBefore = count("bench_crossing");
		Result baseline = run(plain, token, REQUESTS);
		long realBefore = count("registration");
		Result platform = run(real, token, REQUESTS);

		assertThat(baseline.errors()).isZero();
		assertThat(platform.errors()).isZero();
		assertThat(count("bench_crossing") - plainBefore).isEqualTo(REQUESTS);
		assertThat(count("registration") - realBefore).as("no lost or duplicated rows").isEqualTo(REQUESTS);

		String report = """
				| run | requests | clients | throughput (req/s) | p50 (ms) | p99 (ms) | errors |
				|---|---|---|---|---|---|---|
				| baseline: plain POST → one JDBC insert | %d | %d | %.0f | %.1f | %.1f | %d |
				| W1: POST /api/v1/checkpoints/{id}/registrations | %d | %d | %.0f | %.1f | %.1f | %d |

				Ratio W1 / baseline throughput: **%.2f** (target ≥ 0.6); W1 p99 %.1f ms (target ≤ 50 ms); rows written = requests.
				"""
			.formatted(REQUESTS, CLIENTS, baseline.throughput(), baseline.p50(), baseline.p99(), baseline.errors(),
					REQUESTS, CLIENTS, platform.throughput(), platform.p50(), platform.p99(), platform.errors(),
					platform.throughput() / baseline.throughput(), platform.p99());
		System.out.println(report);
		Path out = Path.of("target", "benchmarks", "w1.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	Result run(String path, String token, int requests) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		long[] latencies = new long[requests];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		IntFunction<HttpRequest> request = (i) -> HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body()))
			.build();
		long started = System.nanoTime();
		List<Future<?>> clients = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			clients.add(pool.submit(() -> {
				int i;
				while ((i = next.getAndIncrement()) < requests) {
					long t0 = System.nanoTime();
					try {
						HttpResponse<String> response = this.http.send(request.apply(i),
								HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() != 201) {
							errors.incrementAndGet();
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
					latencies[i] = System.nanoTime() - t0;
				}
				return null;
			}));
		}
		for (Future<?> client : clients) {
			client.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		Arrays.sort(latencies);
		return new Result(requests / seconds, latencies[requests / 2] / 1e6, latencies[(int) (requests * 0.99)] / 1e6,
				errors.get());
	}

	/** A realistic registration: a distinct, valid resident ID number each time. */
	String body() {
		String first17 = "230781" + String.format("%08d", 19500101 + (this.sequence.get() % 28))
				+ String.format("%03d", this.sequence.getAndIncrement() % 1000);
		String id = first17 + ResidentIdNumber.checkCharacter(first17);
		return """
				{"direction":"IN","idType":"RESIDENT_ID","idNumber":"%s","name":"压测旅客","phone":"13900001234",
				 "originClass":"IN_PROVINCE","originPlace":"哈尔滨","travelMode":"SELF_DRIVE","plate":"黑A12345",
				 "vehicleClass":"PRIVATE_CAR","passengers":1,"temperature":36.6,"healthCode":"GREEN"}""".formatted(id);
	}

	record Result(double throughput, double p50, double p99, int errors) {

	}

	/**
	 * The baseline of the same run: parse the same JSON, insert the same row, nothing
	 * else.
	 */
	@TestConfiguration
	static class Baseline {

		@Bean
		PlainInsert plainInsert(JdbcTemplate jdbc) {
			return new PlainInsert(jdbc);
		}

	}

	@RestController
	static class PlainInsert {

		private final JdbcTemplate jdbc;

		PlainInsert(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@PostMapping("/api/v1/bench/plain")
		ResponseEntity<Map<String, Object>> insert(@RequestBody Map<String, Object> body) {
			this.jdbc.update(
					"insert into bench_crossing (checkpoint_id, id_number, name, temperature, crossed_at) values (?, ?, ?, ?, now())",
					5L, body.get("idNumber"), body.get("name"),
					new java.math.BigDecimal(body.get("temperature").toString()));
			return ResponseEntity.status(201).body(Map.of("ok", true));
		}

	}

}
