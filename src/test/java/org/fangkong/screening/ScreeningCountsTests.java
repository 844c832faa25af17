package org.fangkong.screening;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.OriginClass;
import org.fangkong.shared.platform.Figure;
import org.fangkong.shared.platform.FigureWindow;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.ScreeningCalls;
import org.fangkong.support.ScreeningJson;
import org.fangkong.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #19 W3: the screening figures read from the counters (V1_19_60) are exactly the
 * figures counted from the rows, for the city, a township and grids, for today's window,
 * windows with part hours at both ends, past days and a window ahead, after screenings
 * are opened, closed, released, moved to another grid, changed, deleted, opened while the
 * clock stood days ahead and written by concurrent transactions; and the counters kept by
 * the database equal the counters counted again from the rows.
 */
@IntegrationTest
class ScreeningCountsTests {

	static final String MARK = "counts-test";

	@Autowired
	MockMvc mvc;

	@Autowired
	ScreeningFigures figures;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TestClock clock;

	ScreeningCalls calls;

	DemoTree tree;

	@BeforeEach
	void setUp() {
		this.calls = new ScreeningCalls(this.mvc);
		this.tree = new DemoTree(this.jurisdictions, this.checkpoints);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theCountersGiveTheRowsFiguresAfterEveryKindOfChange() throws Exception {
		long dongGang = this.tree.node("东岗社区");
		long xinYi = this.tree.node("新一村");
		String xinYiPath = this.jdbc.queryForObject("select path from jurisdiction_node where id = ?", String.class,
				xinYi);
		assertSame("before");

		long wuhan = this.calls.report("grid",
				ScreeningJson.in(dongGang).origin("WUHAN", "武汉市").arrived(LocalDate.of(2018, 7, 1)));
		long hubei = this.calls.report("grid", ScreeningJson.in(dongGang).origin("HUBEI", "湖北省"));
		this.calls.report("grid", ScreeningJson.in(dongGang).origin("LOCAL", "本市"));
		long handed = this.calls.report("grid",
				ScreeningJson.in(dongGang).leadSource("HANDED_DOWN").origin("LOCAL", "本市"));
		this.calls.report("grid2", ScreeningJson.in(xinYi).origin("ABROAD", "韩国"));
		assertSame("opened");

		// closed by a lead that did not hold: no arrival any more
		this.mvc
			.perform(post("/api/v1/screenings/{id}/lead-check", handed).with(basic("grid"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"result\":\"NOT_LIVING_HERE\"}"))
			.andExpect(status().isOk());
		// released by the township
		this.mvc
			.perform(post("/api/v1/screenings/{id}/release", wuhan).with(basic("township"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isOk());
		assertSame("closed and released");

		// moved to another grid (the released one carries its release along), its origin
		// corrected
		this.jdbc.update("update screening set grid_id = ?, grid_path = ? where id in (?, ?)", xinYi, xinYiPath, wuhan,
				hubei);
		this.jdbc.update("update screening set origin_class = 'WUHAN', measure = 'CENTRALISED_ISOLATION' where id = ?",
				hubei);
		assertSame("moved and changed");

		// opened while the clock stands two days ahead (rows created after today's
		// window)
		this.clock.advance(Duration.ofDays(2));
		long ahead = this.calls.report("grid", ScreeningJson.in(dongGang).origin("WUHAN", "武汉市"));
		long aheadReleased = this.calls.report("grid",
				ScreeningJson.in(dongGang).origin("HUBEI", "湖北省").arrived(LocalDate.of(2018, 7, 1)));
		this.mvc
			.perform(post("/api/v1/screenings/{id}/release", aheadReleased).with(basic("township"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isOk());
		this.clock.reset();
		assertSame("opened and released ahead");

		// deleted with its history and crossings, as the retention would
		deleteScreening(ahead);
		deleteScreening(aheadReleased);
		assertSame("deleted");
	}

	@Test
	void concurrentWritersNeitherLoseNorDoubleACount() throws Exception {
		long dongGang = this.tree.node("东岗社区");
		String path = this.jdbc.queryForObject("select path from jurisdiction_node where id = ?", String.class,
				dongGang);
		long person = this.jdbc.queryForObject("select person_id from screening where id = ?", Long.class,
				this.calls.report("grid", ScreeningJson.in(dongGang).origin("LOCAL", "本市")));
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				int thread = t;
				done.add(pool.submit(() -> {
					for (int i = 0; i < 10; i++) {
						OriginClass origin = OriginClass.values()[(thread + i) % OriginClass.values().length];
						tx.executeWithoutResult((status) -> {
							// several counter rows per transaction, in different orders
							for (int k = 0; k < 3; k++) {
								OriginClass o = OriginClass.values()[(origin.ordinal() + k * (thread % 2 == 0 ? 1 : 5))
										% OriginClass.values().length];
								Long id = this.jdbc.queryForObject("""
										insert into screening (person_id, grid_id, grid_path, lead_source, origin_class,
										  measure, status, created_at, created_by)
										values (?, ?, ?, 'GRID_FOUND', ?, 'HOME_OBSERVATION', 'RELEASED', now(), ?)
										returning id
										""", Long.class, person, dongGang, path, o.name(), MARK);
								this.jdbc
									.update("insert into screening_history (screening_id, occurred_at, actor, action)"
											+ " values (?, now(), ?, 'RELEASED')", id, MARK);
							}
						});
					}
				}));
			}
			for (Future<?> f : done) {
				f.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdown();
		}
		assertSame("concurrent writers");
		this.jdbc.update("delete from screening_history where screening_id in"
				+ " (select id from screening where created_by = ?)", MARK);
		this.jdbc.update("delete from screening where created_by = ?", MARK);
		assertSame("concurrent writers removed");
	}

	private void deleteScreening(long id) {
		this.jdbc.update("delete from screening_history where screening_id = ?", id);
		this.jdbc.update("delete from screening_crossing where screening_id = ?", id);
		this.jdbc.update("delete from daily_check where screening_id = ?", id);
		this.jdbc.update("delete from screening where id = ?", id);
	}

	/**
	 * Figures and hourly series from the counters equal those from the rows, for every
	 * node and window below; then the counters equal the counters counted again.
	 */
	private void assertSame(String after) {
		long city = Actors.demo(this.accounts, "commander").jurisdictionId();
		List<Long> nodes = List.of(city, this.tree.node("神树镇"), this.tree.node("东岗社区"), this.tree.node("新一村"));
		ZoneId zone = this.clock.getZone();
		Instant now = Instant.now(this.clock);
		LocalDate today = LocalDate.now(this.clock);
		List<Instant[]> windows = List.of(
				new Instant[] { today.atStartOfDay(zone).toInstant(),
						today.plusDays(1).atStartOfDay(zone).toInstant() },
				new Instant[] { now.minus(Duration.ofMinutes(197)), now.plus(Duration.ofMinutes(125)) },
				new Instant[] { today.minusDays(1).atStartOfDay(zone).toInstant(),
						today.atStartOfDay(zone).toInstant() },
				new Instant[] { today.minusDays(14).atStartOfDay(zone).toInstant(),
						now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofMinutes(1)) },
				new Instant[] { today.plusDays(1).atStartOfDay(zone).toInstant(),
						today.plusDays(4).atStartOfDay(zone).toInstant() });
		for (long node : nodes) {
			FigureWindow probe = new FigureWindow(new HashSet<>(this.jurisdictions.subtreeIds(node)), now,
					now.plusSeconds(1), node);
			for (Instant[] w : windows) {
				FigureWindow window = new FigureWindow(probe.jurisdictionIds(), w[0], w[1], node);
				await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
					assertThat(values(this.figures.figures(window)))
						.as("%s: node %s, %s .. %s", after, node, w[0], w[1])
						.isEqualTo(values(this.figures.countedFromRows(window)));
					assertThat(this.figures.hourly(window, true)).as("%s: hours of node %s", after, node)
						.isEqualTo(this.figures.hourly(window, false));
				});
			}
		}
		String live = "select node_id, origin_class, measure, status, screenings from screening_count_live"
				+ " where screenings <> 0 order by 1, 2, 3, 4";
		String hours = "select node_id, hour, origin_class, arrivals, releases from screening_count_hour"
				+ " where arrivals <> 0 or releases <> 0 order by 1, 2, 3";
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			List<Map<String, Object>> keptLive = this.jdbc.queryForList(live);
			List<Map<String, Object>> keptHours = this.jdbc.queryForList(hours);
			this.jdbc.execute("select screening_counts_rebuild()");
			assertThat(this.jdbc.queryForList(live)).as("%s: live counters", after).isEqualTo(keptLive);
			assertThat(this.jdbc.queryForList(hours)).as("%s: hour counters", after).isEqualTo(keptHours);
		});
	}

	private static Map<String, Long> values(List<Figure> figures) {
		Map<String, Long> values = new LinkedHashMap<>();
		figures.forEach((f) -> values.put(f.code(), f.value()));
		return values;
	}

}
