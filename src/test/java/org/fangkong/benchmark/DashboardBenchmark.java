package org.fangkong.benchmark;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.reporting.Dashboard;
import org.fangkong.reporting.DashboardFigures;
import org.fangkong.reporting.DashboardPage;
import org.fangkong.shared.Actor;
import org.fangkong.shared.platform.FigureContributor;
import org.fangkong.shared.platform.FigureWindow;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.PostgresDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PERFORMANCE.md W3: the command dashboard over {@code bench.crossings} crossings (5M by
 * default) spread over the last 14 days at every checkpoint of the demo city, loaded into
 * PostgreSQL with one set-based insert per batch. Measures, in the same run and through
 * the same service ({@link Dashboard}), the figures with the hourly roll-up (the design)
 * against the same figures with the roll-up switched off, so that every figure is counted
 * from the raw rows (the GROUP BY baseline): the API's figures of today for the city and
 * for one grid, and the page's 14-day trend. Checks that both give the same numbers. Not
 * part of {@code ./mvnw verify}; run it with the command in docs/benchmarks.md. It writes
 * its table to {@code target/benchmarks/w3.md}.
 */
@Tag("benchmark")
@ExtendWith(PostgresDatabase.class)
@SpringBootTest
@ActiveProfiles({ "demo", "test" })
class DashboardBenchmark {

	static final long CROSSINGS = Long.getLong("bench.crossings", 5_000_000L);

	static final int BATCH = 500_000;

	static final int WARM_UP = Integer.getInteger("bench.warmup", 30);

	static final int CALLS = Integer.getInteger("bench.calls", 300);

	static final int BASELINE_CALLS = Integer.getInteger("bench.baselineCalls", 30);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Dashboard dashboard;

	@Autowired
	Accounts accounts;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	ApplicationContext context;

	@Test
	void dashboardFromTheRollUpAgainstTheSameFiguresFromTheRawRows() throws Exception {
		long loadStart = System.nanoTime();
		load();
		long loaded = this.jdbc.queryForObject("select count(*) from registration", Long.class);
		Duration loadTime = Duration.ofNanos(System.nanoTime() - loadStart);
		long rollStart = System.nanoTime();
		rollUp();
		Duration rollTime = Duration.ofNanos(System.nanoTime() - rollStart);
		Long hourRows = this.jdbc.queryForObject("select count(*) from registration_hour", Long.class);

		Actor commander = Actors.demo(this.accounts, "commander");
		Actor grid = Actors.demo(this.accounts, "grid");
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		long township = new DemoTree(this.jurisdictions, this.checkpoints).node("铁力镇");

		List<String> rows = new ArrayList<>();
		DashboardFigures cityRolled = this.dashboard.figures(commander, today, null);
		DashboardFigures gridRolled = this.dashboard.figures(grid, today, null);
		DashboardPage pageRolled = this.dashboard.page(commander, today, township);
		Stats city = measure(() -> this.dashboard.figures(commander, today, null), CALLS);
		Stats gridStats = measure(() -> this.dashboard.figures(grid, today, null), CALLS);
		Stats cityPage = measure(() -> this.dashboard.page(commander, today, null), CALLS / 3);
		Stats page = measure(() -> this.dashboard.page(commander, today, township), CALLS / 3);
		Stats gridPage = measure(() -> this.dashboard.page(grid, today, null), CALLS / 3);
		FigureContributor crossings = crossings();
		FigureWindow cityDay = cityDay(commander, today);
		Stats crossingsCity = measure(() -> asOnThePage(() -> crossings.figures(cityDay)), CALLS);
		List<String> parts = breakdown(commander, today);

		// The baseline: the same service with the roll-up's state removed, so that every
		// figure is counted from the raw rows by one GROUP BY-like aggregate per part.
		this.jdbc.update("delete from registration_rollup");
		DashboardFigures cityRaw = this.dashboard.figures(commander, today, null);
		DashboardFigures gridRaw = this.dashboard.figures(grid, today, null);
		DashboardPage pageRaw = this.dashboard.page(commander, today, township);
		Stats cityBase = measure(() -> this.dashboard.figures(commander, today, null), BASELINE_CALLS);
		Stats gridBase = measure(() -> this.dashboard.figures(grid, today, null), BASELINE_CALLS);
		Stats cityPageBase = measure(() -> this.dashboard.page(commander, today, null), BASELINE_CALLS);
		Stats pageBase = measure(() -> this.dashboard.page(commander, today, township), BASELINE_CALLS);
		Stats gridPageBase = measure(() -> this.dashboard.page(grid, today, null), BASELINE_CALLS);
		Stats crossingsCityBase = measure(() -> asOnThePage(() -> crossings.figures(cityDay)), BASELINE_CALLS);
		rollUp();

		assertThat(cityRolled).isEqualTo(cityRaw);
		assertThat(gridRolled).isEqualTo(gridRaw);
		assertThat(pageRolled.daily()).isEqualTo(pageRaw.daily());
		assertThat(pageRolled.hourly()).isEqualTo(pageRaw.hourly());

		rows.add(row("city (铁力市): GET /api/v1/dashboard figures", city, cityBase));
		rows.add(row("grid (东岗社区, as its grid worker): GET /api/v1/dashboard figures", gridStats, gridBase));
		rows.add(row("city (铁力市): dashboard page, today by hour + 14 days + busiest", cityPage, cityPageBase));
		rows.add(row("township (铁力镇): dashboard page, today by hour + 14 days + busiest", page, pageBase));
		rows.add(row("grid (东岗社区, as its grid worker): dashboard page", gridPage, gridPageBase));
		rows.add(row("city (铁力市): the crossing figures alone (CheckpointFigures.figures, what the roll-up replaces)",
				crossingsCity, crossingsCityBase));
		String report = String.format(Locale.ROOT,
				"W3 — %,d crossings over 14 days (%,d rows in registration), loaded in %d s; roll-up of all closed "
						+ "hours in %.1f s (%,d hour rows); city crossings in today: %,d%n%n"
						+ "| figures | calls (roll-up / raw) | roll-up p50 (ms) | roll-up p95 (ms) | raw GROUP BY p50 (ms) "
						+ "| raw GROUP BY p95 (ms) | p95 ratio |%n|---|---|---|---|---|---|---|%n%s%n%n"
						+ "Where the city page's time goes (each part alone, roll-up path, each in a read-only transaction with generic plans as on the page):%n%n"
						+ "| part | calls | p50 (ms) | p95 (ms) |%n|---|---|---|---|%n%s%n",
				CROSSINGS, loaded, loadTime.toSeconds(), rollTime.toMillis() / 1000.0, hourRows,
				cityRolled.crossingsIn(), String.join("\n", rows), String.join("\n", parts));
		Path out = Path.of("target", "benchmarks", "w3.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);
	}

	/**
	 * The parts of the city page measured alone: the node picker's tree, the subtree's
	 * ids, and each contributor's figures, hours of 14 days and busiest places.
	 */
	private List<String> breakdown(Actor commander, LocalDate today) {
		long city = commander.jurisdictionId();
		java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
		Instant from = today.atStartOfDay(zone).toInstant();
		Instant to = today.plusDays(1).atStartOfDay(zone).toInstant();
		java.util.Set<Long> ids = new java.util.HashSet<>(this.jurisdictions.subtreeIds(city));
		FigureWindow day = new FigureWindow(ids, from, to, city);
		FigureWindow trend = new FigureWindow(ids, from.minus(Duration.ofDays(13)), to, city);
		List<String> parts = new ArrayList<>();
		parts.add(part("jurisdictions.visibleNodes (the node picker)",
				measure(() -> this.jurisdictions.visibleNodes(commander), CALLS / 3)));
		parts.add(part("jurisdictions.subtreeIds", measure(() -> this.jurisdictions.subtreeIds(city), CALLS / 3)));
		parts.add(part("jurisdictions.get (the scope check)",
				measure(() -> this.jurisdictions.get(commander, city), CALLS / 3)));
		for (FigureContributor contributor : this.context.getBeansOfType(FigureContributor.class).values()) {
			String name = org.springframework.util.ClassUtils.getUserClass(contributor).getSimpleName();
			parts.add(part(name + ".figures (today)",
					measure(() -> asOnThePage(() -> contributor.figures(day)), CALLS / 3)));
			parts.add(part(name + ".hourly (14 days)",
					measure(() -> asOnThePage(() -> contributor.hourly(trend)), CALLS / 3)));
			parts.add(part(name + ".busiest (today)",
					measure(() -> asOnThePage(() -> contributor.busiest(day, 5)), CALLS / 3)));
		}
		return parts;
	}

	/**
	 * A call as the page makes it: in a read-only transaction with generic plans
	 * (reporting's {@code GenericPlans}).
	 */
	private <T> T asOnThePage(Supplier<T> call) {
		org.springframework.transaction.support.TransactionTemplate tx = new org.springframework.transaction.support.TransactionTemplate(
				this.context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
		tx.setReadOnly(true);
		return tx.execute((status) -> {
			this.jdbc.execute("set local plan_cache_mode = force_generic_plan");
			return call.get();
		});
	}

	private FigureContributor crossings() {
		return this.context.getBeansOfType(FigureContributor.class)
			.values()
			.stream()
			.filter((c) -> org.springframework.util.ClassUtils.getUserClass(c)
				.getSimpleName()
				.equals("CheckpointFigures"))
			.findFirst()
			.orElseThrow();
	}

	private FigureWindow cityDay(Actor commander, LocalDate today) {
		java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
		return new FigureWindow(new java.util.HashSet<>(this.jurisdictions.subtreeIds(commander.jurisdictionId())),
				today.atStartOfDay(zone).toInstant(), today.plusDays(1).atStartOfDay(zone).toInstant(),
				commander.jurisdictionId());
	}

	private static String part(String what, Stats stats) {
		return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f |", what, stats.calls(), stats.p50(), stats.p95());
	}

	/**
	 * Adds the crossings in batches, each one set-based insert from generate_series: at
	 * every checkpoint of the demo city, evenly over the last 14 days up to now, half in
	 * and half out, one in 97 a fever, one in 53 turned back.
	 */
	private void load() {
		Instant end = Instant.now().minusSeconds(60);
		Instant start = end.minus(Duration.ofDays(14));
		String run = Long.toString(System.currentTimeMillis(), 36);
		long span = Duration.between(start, end).toSeconds();
		int checkpointCount = this.jdbc.queryForObject("select count(*) from checkpoint", Integer.class);
		for (long first = 1; first <= CROSSINGS; first += BATCH) {
			long last = Math.min(CROSSINGS, first + BATCH - 1);
			this.jdbc.update(
					"""
							insert into registration (checkpoint_id, jurisdiction_id, direction, id_type, id_number_enc,
							  id_number_hash, name, origin_class, travel_mode, temperature, health_code, outcome, source,
							  crossed_at, recorded_at, late_entry, recorded_by, idempotency_key, request_hash)
							select c.id, c.jurisdiction_id, case when g % 2 = 0 then 'IN' else 'OUT' end, 'RESIDENT_ID', 'bench',
							  md5((g % 200000)::text), 'bench', 'LOCAL', 'TRAIN', 36.5, 'GREEN',
							  case when g % 97 = 0 then 'FEVER_CLINIC' when g % 53 = 0 then 'TURNED_BACK' else 'PASSED' end,
							  'CREW', t.at, t.at, false, 'bench', 'bench-' || ? || '-' || g, 'bench'
							from generate_series(?::bigint, ?::bigint) g
							join (select id, jurisdiction_id, (row_number() over (order by id)) - 1 as k from checkpoint) c
							  on c.k = (g * 7919) % ?
							cross join lateral (select ?::timestamptz + ((g * ?) / ?) * interval '1 second' as at) t
							""",
					run, first, last, checkpointCount, Timestamp.from(start), span, CROSSINGS);
			System.out.printf("W3 load: %,d of %,d%n", last, CROSSINGS);
		}
		this.jdbc.execute("vacuum analyze registration");
	}

	/**
	 * One run of the checkpoint module's roll-up job (package-private: called
	 * reflectively).
	 */
	private void rollUp() throws Exception {
		Object rollup = this.context.getBean("registrationRollup");
		Method run = ReflectionUtils.findMethod(rollup.getClass(), "run");
		ReflectionUtils.makeAccessible(run);
		run.invoke(rollup);
	}

	private static Stats measure(Supplier<?> call, int calls) {
		for (int i = 0; i < Math.min(WARM_UP, calls); i++) {
			call.get();
		}
		List<Long> nanos = new ArrayList<>();
		for (int i = 0; i < calls; i++) {
			long t = System.nanoTime();
			call.get();
			nanos.add(System.nanoTime() - t);
		}
		Collections.sort(nanos);
		return new Stats(calls, nanos.get(nanos.size() / 2) / 1e6,
				nanos.get(Math.min(nanos.size() - 1, (int) Math.ceil(nanos.size() * 0.95) - 1)) / 1e6);
	}

	private static String row(String what, Stats rolled, Stats raw) {
		return String.format(Locale.ROOT, "| %s | %d / %d | %.1f | %.1f | %.1f | %.1f | %.0f× |", what, rolled.calls(),
				raw.calls(), rolled.p50(), rolled.p95(), raw.p50(), raw.p95(), raw.p95() / rolled.p95());
	}

	record Stats(int calls, double p50, double p95) {

	}

}
