package org.fangkong.reporting;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.checkpoint.CrewDutyFeed;
import org.fangkong.checkpoint.RegistrationRequest;
import org.fangkong.checkpoint.RegistrationSource;
import org.fangkong.checkpoint.Registrations;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;
import org.fangkong.shared.platform.Figure;
import org.fangkong.shared.platform.FigureContributor;
import org.fangkong.shared.platform.FigureWindow;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Issue #10 items 1, 5 and 9 on PostgreSQL with the Tieli demo tree: the figures each
 * module answers equal what its raw rows say for the window and the nodes, at grid,
 * township and city level; the window is half-open; a township is the sum of its grids
 * and its own node.
 */
@IntegrationTest
class FigureCountsTests {

	/** A crew member of this test's own (no account: duty is by user id). */
	static final long CREW_ID = 9_100_001L;

	@Autowired
	Figures figures;

	@Autowired
	Registrations registrations;

	@Autowired
	CrewDutyFeed duties;

	@Autowired
	Accounts accounts;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	List<FigureContributor> contributors;

	@Autowired
	JdbcTemplate jdbc;

	DemoTree tree;

	Actor commander;

	Actor crew;

	long station;

	long gridCheckpoint;

	@BeforeEach
	void setUp() {
		this.tree = new DemoTree(this.jurisdictions, this.checkpoints);
		this.commander = Actors.demo(this.accounts, "commander");
		this.crew = Actors.user("figures-crew").id(CREW_ID).role(Role.CHECKPOINT_CREW).build();
		this.station = this.tree.checkpoint("神树火车站");
		this.gridCheckpoint = this.tree.checkpoint("东岗社区卡点");
		this.duties.standing(CREW_ID, this.station, "test");
		this.duties.standing(CREW_ID, this.gridCheckpoint, "test");
	}

	@Test
	void crossingsAtShenshuStationMoveTheCitysAndTheTownshipsFiguresByExactlyThoseNumbers() {
		long city = this.commander.jurisdictionId();
		long township = this.tree.node("神树镇");
		long grid = this.tree.node("东岗社区");
		Instant from = Instant.now().minus(Duration.ofHours(1));
		Instant to = Instant.now().plus(Duration.ofHours(1));
		FigureValues cityBefore = this.figures.count(this.commander, city, from, to);
		FigureValues townshipBefore = this.figures.count(this.commander, township, from, to);
		FigureValues gridBefore = this.figures.count(this.commander, grid, from, to);

		for (int i = 0; i < 3; i++) {
			cross(this.station, "IN", "36.5", null, null, "LOCAL", null);
		}
		cross(this.station, "IN", "38.6", null, null, "LOCAL", null);
		cross(this.station, "IN", "36.4", "TURNED_BACK", null, "OTHER_PROVINCE", null);
		cross(this.station, "IN", "36.4", "TURNED_BACK", null, "OTHER_PROVINCE", null);
		cross(this.station, "OUT", "36.6", null, null, "LOCAL", null);

		Map<String, Long> expected = Map.of("crossingsIn", 6L, "crossingsOut", 1L, "fevers", 1L, "turnedBack", 2L);
		assertMoved(cityBefore, this.figures.count(this.commander, city, from, to), expected);
		assertMoved(townshipBefore, this.figures.count(this.commander, township, from, to), expected);
		assertMoved(gridBefore, this.figures.count(this.commander, grid, from, to),
				Map.of("crossingsIn", 0L, "crossingsOut", 0L, "fevers", 0L, "turnedBack", 0L));
	}

	@Test
	void aHubeiArrivalBoundForDonggangMovesThatGridsHubeiArrivalsAndHomeObservationByOne() {
		long grid = this.tree.node("东岗社区");
		long city = this.commander.jurisdictionId();
		Instant from = Instant.now().minus(Duration.ofHours(1));
		Instant to = Instant.now().plus(Duration.ofHours(1));
		FigureValues gridBefore = this.figures.count(this.commander, grid, from, to);
		FigureValues cityBefore = this.figures.count(this.commander, city, from, to);

		cross(this.station, "IN", "36.5", null, null, "HUBEI", this.tree.firstHousehold("东岗社区"));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.figures.count(this.commander, grid, from, to).get("arrivals.HUBEI") > gridBefore
				.get("arrivals.HUBEI"));
		Map<String, Long> expected = Map.of("arrivals.HUBEI", 1L, "arrivals", 1L, "arrivalsCumulative.HUBEI", 1L,
				"underMeasure.HOME_OBSERVATION", 1L, "underMeasure", 1L, "arrivals.WUHAN", 0L);
		assertMoved(gridBefore, this.figures.count(this.commander, grid, from, to), expected);
		assertMoved(cityBefore, this.figures.count(this.commander, city, from, to), expected);
	}

	@Test
	void aCrossingOneSecondBeforeTheCutOffCountsInTheWindowAndOneAtTheCutOffInTheNext() {
		long grid = this.tree.node("东岗社区");
		Instant cut = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(2));
		Instant before = cut.minus(Duration.ofHours(1));
		Instant after = cut.plus(Duration.ofHours(1));
		long earlier = this.figures.count(this.commander, grid, before, cut).get("crossingsIn");
		long later = this.figures.count(this.commander, grid, cut, after).get("crossingsIn");

		cross(this.gridCheckpoint, "IN", "36.5", null, cut.minusSeconds(1), "LOCAL", null);
		assertThat(this.figures.count(this.commander, grid, before, cut).get("crossingsIn")).isEqualTo(earlier + 1);
		assertThat(this.figures.count(this.commander, grid, cut, after).get("crossingsIn")).isEqualTo(later);

		cross(this.gridCheckpoint, "IN", "36.5", null, cut, "LOCAL", null);
		assertThat(this.figures.count(this.commander, grid, before, cut).get("crossingsIn")).isEqualTo(earlier + 1);
		assertThat(this.figures.count(this.commander, grid, cut, after).get("crossingsIn")).isEqualTo(later + 1);
	}

	@Test
	void everyFigureEqualsCountingTheRawRowsAtGridTownshipAndCity() {
		long grid = this.tree.node("东岗社区");
		cross(this.gridCheckpoint, "IN", "36.5", null, null, "LOCAL", null);
		cross(this.gridCheckpoint, "OUT", "38.9", null, null, "LOCAL", null);
		cross(this.gridCheckpoint, "IN", "36.5", "TURNED_BACK", null, "WUHAN", null);
		carWithPassengers(this.gridCheckpoint, "IN", 3);
		cross(this.gridCheckpoint, "IN", "36.6", null, null, "WUHAN", this.tree.firstHousehold("东岗社区"));
		await().atMost(Duration.ofSeconds(10)).until(() -> raw(Set.of(grid), today()).get("arrivals.WUHAN") > 0);
		ReportingWindow window = this.figures.windowOf(this.figures.today());
		for (long node : List.of(grid, this.tree.node("铁力镇"), this.commander.jurisdictionId())) {
			FigureValues counted = this.figures.count(this.commander, node, window.from(), window.to());
			Map<String, Long> raw = raw(new HashSet<>(this.jurisdictions.subtreeIds(node)), window);
			raw.forEach((code, value) -> assertThat(counted.get(code)).as(code + " at node " + node).isEqualTo(value));
		}
	}

	@Test
	void aTownshipsFiguresAreTheSumOfItsGridsAndItsOwnNode() {
		cross(this.gridCheckpoint, "IN", "36.5", null, null, "LOCAL", null);
		cross(this.tree.checkpoint("神树火车站"), "IN", "36.5", null, null, "LOCAL", null);
		long township = this.tree.node("铁力镇");
		ReportingWindow window = this.figures.windowOf(this.figures.today());
		FigureValues whole = this.figures.count(this.commander, township, window.from(), window.to());
		Map<String, Long> sum = new HashMap<>();
		for (Figure figure : own(township, window)) {
			sum.merge(figure.code(), figure.value(), Long::sum);
		}
		for (JurisdictionView child : this.jurisdictions.children(this.commander, township)) {
			this.figures.count(this.commander, child.id(), window.from(), window.to())
				.values()
				.forEach((code, value) -> sum.merge(code, value, Long::sum));
		}
		assertThat(whole.get("crossingsIn")).isPositive();
		assertThat(whole.values()).isEqualTo(sum);
	}

	@Test
	void aNodeOutsideTheScopeIsNotFoundAndARoleWithoutFiguresIsRefused() {
		Actor grid = Actors.demo(this.accounts, "grid");
		Instant now = Instant.now();
		assertThatThrownBy(() -> this.figures.count(grid, this.tree.node("铁力镇"), now, now.plusSeconds(60)))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.figures.count(grid, grid.jurisdictionId(), now, now.plusSeconds(60)).values())
			.containsKey("crossingsIn");
		Actor medic = Actors.demo(this.accounts, "medic");
		assertThatThrownBy(() -> this.figures.count(medic, medic.jurisdictionId(), now, now.plusSeconds(60)))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void theReportingWindowOfADayEndsOnThatDayAtTheConfiguredStart() {
		java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
		LocalDate day = LocalDate.of(2020, 2, 10);
		ReportingWindow midnight = new ReportingSettings(null).windowOf(day, zone);
		assertThat(midnight.from()).isEqualTo(day.atStartOfDay(zone).toInstant());
		assertThat(midnight.to()).isEqualTo(day.plusDays(1).atStartOfDay(zone).toInstant());
		ReportingWindow afternoon = new ReportingSettings(java.time.LocalTime.of(16, 0)).windowOf(day, zone);
		assertThat(afternoon.from()).isEqualTo(day.minusDays(1).atTime(16, 0).atZone(zone).toInstant());
		assertThat(afternoon.to()).isEqualTo(day.atTime(16, 0).atZone(zone).toInstant());
	}

	private List<Figure> own(long node, ReportingWindow window) {
		FigureWindow own = new FigureWindow(Set.of(node), window.from(), window.to());
		return this.contributors.stream().flatMap((c) -> c.figures(own).stream()).toList();
	}

	private ReportingWindow today() {
		return this.figures.windowOf(this.figures.today());
	}

	private static void assertMoved(FigureValues before, FigureValues after, Map<String, Long> by) {
		by.forEach((code, delta) -> assertThat(after.get(code) - before.get(code)).as(code).isEqualTo(delta));
	}

	/** The same figures, counted here from the raw rows with SQL of the test's own. */
	private Map<String, Long> raw(Set<Long> nodes, ReportingWindow window) {
		String ids = String.join(",", nodes.stream().map(String::valueOf).toList());
		Object[] span = { window.from().atOffset(ZoneOffset.UTC), window.to().atOffset(ZoneOffset.UTC) };
		Map<String, Long> raw = new HashMap<>();
		String crossings = "select count(*) from registration where jurisdiction_id in (" + ids
				+ ") and crossed_at >= ? and crossed_at < ?";
		raw.put("crossingsIn", count(crossings + " and direction = 'IN'", span));
		raw.put("crossingsOut", count(crossings + " and direction = 'OUT'", span));
		raw.put("fevers", count(crossings + " and outcome = 'FEVER_CLINIC'", span));
		raw.put("turnedBack", count(crossings + " and outcome = 'TURNED_BACK'", span));
		raw.put("vehiclesIn",
				count("select count(*) from (select distinct coalesce(vehicle_group, 'r' || id) from"
						+ " registration where jurisdiction_id in (" + ids + ") and crossed_at >= ? and crossed_at < ?"
						+ " and direction = 'IN' and plate is not null) v", span));
		String screenings = "select count(*) from screening where grid_id in (" + ids + ") and status <> 'CLOSED'";
		for (String origin : List.of("LOCAL", "IN_PROVINCE", "OTHER_PROVINCE", "HUBEI", "WUHAN", "ABROAD")) {
			raw.put("arrivals." + origin, count(
					screenings + " and origin_class = '" + origin + "' and created_at >= ? and created_at < ?", span));
			raw.put("arrivalsCumulative." + origin,
					count(screenings + " and origin_class = '" + origin + "' and created_at < ?", span[1]));
		}
		for (String measure : List.of("HOME_OBSERVATION", "CENTRALISED_ISOLATION", "MEDICAL_OBSERVATION",
				"HOME_MONITORING")) {
			raw.put("underMeasure." + measure, count(
					screenings + " and measure = '" + measure + "' and status = 'UNDER_MEASURE' and created_at < ?",
					span[1]));
		}
		String referrals = "select count(*) from referral where jurisdiction_id in (" + ids + ")";
		raw.put("referrals", count(referrals + " and detected_at >= ? and detected_at < ?", span));
		raw.put("openReferrals", count(referrals + " and status = 'OPEN' and detected_at < ?", span[1]));
		return raw;
	}

	private long count(String sql, Object... args) {
		Long n = this.jdbc.queryForObject(sql, Long.class, args);
		return (n != null) ? n : 0;
	}

	private void cross(long checkpoint, String direction, String temperature, String outcome, Instant crossedAt,
			String origin, Long destination) {
		RegistrationRequest request = new RegistrationRequest(direction, "RESIDENT_ID", TestIds.next(), "报表测试",
				"13900007777", origin, origin.equals("LOCAL") ? "铁力市" : "外地", destination, "TRAIN", null, null, null,
				new BigDecimal(temperature), "GREEN", outcome,
				(crossedAt != null) ? crossedAt.atOffset(ZoneOffset.UTC) : null, null);
		this.registrations.register(this.crew, checkpoint, UUID.randomUUID().toString(), request,
				RegistrationSource.CREW);
	}

	private void carWithPassengers(long checkpoint, String direction, int passengers) {
		String group = UUID.randomUUID().toString().substring(0, 30);
		OffsetDateTime at = OffsetDateTime.now();
		for (int i = 0; i < passengers; i++) {
			RegistrationRequest request = new RegistrationRequest(direction, "RESIDENT_ID", TestIds.next(), "车内乘客",
					"13900007777", "LOCAL", "铁力市", null, "SELF_DRIVE", "黑F12345", "PRIVATE_CAR", passengers,
					new BigDecimal("36.5"), "GREEN", null, at, group);
			this.registrations.register(this.crew, checkpoint, UUID.randomUUID().toString(), request,
					RegistrationSource.CREW);
		}
	}

}
