package org.fangkong.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.shared.PersonalDataProtection;
import org.fangkong.shared.ResidentIdNumber;
import org.fangkong.support.ChromiumBrowser;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.PostgresDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PERFORMANCE.md W5: the map with {@code bench.persons} key persons (10,000 by default)
 * spread over every grid of the demo city (most at a household) and its 82 checkpoints.
 * Inserts the persons and screenings with JDBC batches (ID numbers encrypted as the
 * platform stores them), then measures (1) the server's answer to
 * {@code GET /api/v1/map/key-persons}, {@code /grids} and {@code /checkpoints} as the
 * commander over loopback HTTP, against a baseline in the same run: the same rows read
 * with one plain JDBC query, without decryption or JSON; (2) the drawing in headless
 * Chromium: from the page's first request for the layers to every layer drawn (the key
 * persons clustered), as the page itself reports it ({@code data-draw-ms}), and from
 * navigation start. Removes its rows at the end. Not part of {@code ./mvnw verify}; run
 * it with the command in docs/benchmarks.md. It writes its table to
 * {@code target/benchmarks/w5.md}.
 */
@Tag("benchmark")
@ExtendWith({ PostgresDatabase.class, ChromiumBrowser.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class MapBenchmark {

	static final int PERSONS = Integer.getInteger("bench.persons", 10_000);

	static final int WARM_UP = Integer.getInteger("bench.warmup", 10);

	static final int CALLS = Integer.getInteger("bench.calls", 30);

	static final int DRAWS = Integer.getInteger("bench.draws", 5);

	static final String MARK = "map-bench";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	PersonalDataProtection protection;

	@Test
	void w5() throws Exception {
		cleanUp();
		try {
			insertPersons();
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			String persons = get(http, "/api/v1/map/key-persons");
			assertThat(persons).contains("\"truncated\":false");
			int features = persons.split("\"type\":\"Feature\"", -1).length - 1;
			assertThat(features).isGreaterThanOrEqualTo(PERSONS);
			String checkpoints = get(http, "/api/v1/map/checkpoints");
			assertThat(checkpoints.split("\"type\":\"Feature\"", -1).length - 1).isGreaterThanOrEqualTo(82);
			long[] keyPersons = time(http, "/api/v1/map/key-persons");
			long[] grids = time(http, "/api/v1/map/grids");
			long[] checkpointTimes = time(http, "/api/v1/map/checkpoints");
			long[] baseline = baseline();
			long[][] draws = draw();
			String report = "| measure (" + features + " key persons, " + PERSONS
					+ " inserted; 82+ checkpoints) | median | p95 | target |\n" + "|---|---|---|---|\n"
					+ row("baseline: the same rows, one JDBC query, no decryption/JSON", baseline, "—")
					+ row("`GET /api/v1/map/key-persons` (" + (persons.length() / 1024) + " KiB)", keyPersons,
							"≤ 300 ms")
					+ row("`GET /api/v1/map/grids`", grids, "—")
					+ row("`GET /api/v1/map/checkpoints`", checkpointTimes, "—")
					+ row("drawn in headless Chromium: layers requested → all drawn (`data-draw-ms`)", draws[0],
							"≤ 2 s")
					+ row("drawn in headless Chromium: navigation start → all drawn", draws[1], "—");
			Path out = Path.of("target", "benchmarks", "w5.md");
			Files.createDirectories(out.getParent());
			Files.writeString(out, report);
			System.out.println(report);
		}
		finally {
			cleanUp();
		}
	}

	private void insertPersons() {
		List<JurisdictionView> all = this.jurisdictions.all();
		List<JurisdictionView> grids = all.stream().filter(JurisdictionView::isGrid).toList();
		// households by grid: a household's parent is a group or building, whose parent
		// is the grid
		Map<Long, Long> parentOf = new java.util.HashMap<>();
		all.stream().filter((n) -> n.parentId() != null).forEach((n) -> parentOf.put(n.id(), n.parentId()));
		Map<Long, List<Long>> householdsOf = all.stream()
			.filter((n) -> n.kind() == NodeKind.HOUSEHOLD && parentOf.containsKey(n.id()))
			.collect(java.util.stream.Collectors.groupingBy((n) -> parentOf.getOrDefault(parentOf.get(n.id()), -1L),
					java.util.stream.Collectors.mapping(JurisdictionView::id, java.util.stream.Collectors.toList())));
		Map<Long, String> pathOf = new java.util.HashMap<>();
		grids.forEach((g) -> pathOf.put(g.id(), this.jurisdictions.pathOf(g.id())));
		Random random = new Random(5);
		Instant now = Instant.now();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		List<Object[]> people = new ArrayList<>();
		List<Long> gridOf = new ArrayList<>();
		for (int i = 0; i < PERSONS; i++) {
			JurisdictionView grid = grids.get(random.nextInt(grids.size()));
			List<Long> own = householdsOf.getOrDefault(grid.id(), List.of());
			Long household = (!own.isEmpty() && random.nextInt(10) < 8) ? own.get(random.nextInt(own.size())) : null;
			String first17 = "230781" + (1950 + random.nextInt(50))
					+ String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
					+ String.format("%03d", i % 1000);
			String idNumber = first17 + ResidentIdNumber.checkCharacter(first17);
			people.add(new Object[] { "RESIDENT_ID", this.protection.encrypt(idNumber),
					this.protection.lookupHash(idNumber + "#" + i + MARK), "地图基准", grid.id(), household,
					Timestamp.from(now) });
			gridOf.add(grid.id());
		}
		this.jdbc.batchUpdate("insert into person (id_type, id_number_enc, id_number_hash, name, grid_id, household_id,"
				+ " created_at) values (?, ?, ?, ?, ?, ?, ?)", people);
		List<Long> ids = this.jdbc.queryForList("select id from person where name = '地图基准' order by id", Long.class);
		List<Object[]> screenings = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			long grid = gridOf.get(i);
			LocalDate arrival = today.minusDays(1 + random.nextInt(12));
			screenings.add(new Object[] { ids.get(i), grid, pathOf.get(grid), "GRID_FOUND", "HUBEI",
					Date.valueOf(arrival), "HOME_OBSERVATION", Date.valueOf(arrival),
					Date.valueOf(arrival.plusDays(14)), "UNDER_MEASURE", Timestamp.from(now), MARK });
		}
		this.jdbc.batchUpdate("insert into screening (person_id, grid_id, grid_path, lead_source, origin_class,"
				+ " arrival_date, measure, measure_start, measure_end, status, created_at, created_by)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", screenings);
	}

	private void cleanUp() {
		this.jdbc.update("delete from screening where created_by = ?", MARK);
		this.jdbc.update("delete from person where name = '地图基准'");
	}

	private String get(HttpClient http, String path) throws Exception {
		String auth = Base64.getEncoder()
			.encodeToString(("commander:" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path)))
			.header("Authorization", "Basic " + auth)
			.header("Accept", "application/geo+json")
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private long[] time(HttpClient http, String path) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			get(http, path);
		}
		long[] millis = new long[CALLS];
		for (int i = 0; i < CALLS; i++) {
			long started = System.nanoTime();
			get(http, path);
			millis[i] = (System.nanoTime() - started) / 1_000_000;
		}
		return millis;
	}

	private long[] baseline() {
		String sql = "select s.id, s.person_id, p.name, p.id_number_enc, s.grid_id, p.household_id, s.origin_class,"
				+ " s.measure, s.status, s.arrival_date, s.measure_end from screening s join person p on p.id = s.person_id"
				+ " where s.grid_path like '/%' and s.merged_into is null and s.status = 'UNDER_MEASURE' order by s.id";
		long[] millis = new long[CALLS];
		for (int i = 0; i < WARM_UP + CALLS; i++) {
			long started = System.nanoTime();
			List<Map<String, Object>> rows = this.jdbc.queryForList(sql);
			assertThat(rows.size()).isGreaterThanOrEqualTo(PERSONS);
			if (i >= WARM_UP) {
				millis[i - WARM_UP] = (System.nanoTime() - started) / 1_000_000;
			}
		}
		return millis;
	}

	/** The page's own drawing time and the time from navigation start, per load. */
	private long[][] draw() {
		ChromeDriver browser = ChromiumBrowser.start(1280, 900, "zh-CN");
		try {
			ChromiumBrowser.logIn(browser, this.port, "commander");
			long[] own = new long[DRAWS];
			long[] total = new long[DRAWS];
			for (int i = 0; i < DRAWS + 1; i++) {
				browser.get(url("/map"));
				new WebDriverWait(browser, Duration.ofSeconds(60))
					.until(ExpectedConditions.attributeToBe(By.id("map-frame"), "data-loaded", "true"));
				assertThat(
						Integer.parseInt(browser.findElement(By.id("map-frame")).getDomAttribute("data-key-persons")))
					.isGreaterThanOrEqualTo(PERSONS);
				long drawMs = Long.parseLong(browser.findElement(By.id("map-frame")).getDomAttribute("data-draw-ms"));
				long sinceStart = ((Number) browser.executeScript(
						"return Number(document.getElementById('map-frame').getAttribute('data-loaded-at'));"))
					.longValue();
				if (i > 0) {
					// the first load warms the browser's cache of the scripts
					own[i - 1] = drawMs;
					total[i - 1] = sinceStart;
				}
			}
			assertThat(ChromiumBrowser.consoleErrors(browser)).isEmpty();
			return new long[][] { own, total };
		}
		finally {
			browser.quit();
		}
	}

	private static String row(String label, long[] millis, String target) {
		long[] sorted = millis.clone();
		Arrays.sort(sorted);
		long median = sorted[sorted.length / 2];
		long p95 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)];
		return "| " + label + " | " + median + " ms | " + p95 + " ms | " + target + " |\n";
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
