package org.fangkong.checkpoint;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.shared.platform.Figure;
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

/**
 * Issue #10 item 7 on PostgreSQL: the hourly roll-up of crossings and the figures read
 * from it equal the raw rows, for whole and part hours, before and after a run, and a
 * late entry of an hour rolled up long ago counts at once and is re-counted by the next
 * run.
 */
@IntegrationTest
class RegistrationRollupTests {

	static final long CREW_ID = 9_100_002L;

	@Autowired
	RegistrationRollup rollup;

	@Autowired
	CheckpointFigures figures;

	@Autowired
	Registrations registrations;

	@Autowired
	CrewDutyFeed duties;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	JdbcTemplate jdbc;

	DemoTree tree;

	Actor crew;

	long checkpoint;

	@BeforeEach
	void setUp() {
		this.tree = new DemoTree(this.jurisdictions, this.checkpoints);
		this.crew = Actors.user("rollup-crew").id(CREW_ID).role(Role.CHECKPOINT_CREW).build();
		this.checkpoint = this.tree.checkpoint("西岗社区卡点");
		this.duties.standing(CREW_ID, this.checkpoint, "test");
	}

	@Test
	void figuresFromTheRollUpEqualTheRawRowsForWholeAndPartHoursBeforeAndAfterARun() {
		Instant now = Instant.now();
		cross("IN", "36.5", now.minus(Duration.ofHours(3)), null);
		cross("OUT", "38.7", now.minus(Duration.ofHours(2)), null);
		cross("IN", "36.5", now, "TURNED_BACK");
		car("IN", 3, now.minus(Duration.ofMinutes(90)));
		// rolled up in the part of the current hour the roll-up reaches (one-minute
		// slices)
		cross("OUT", "36.6", now.minus(Duration.ofMinutes(13)), null);
		this.rollup.run();
		Instant rolledUntil = this.rollup.state().orElseThrow().rolledUntil();
		assertThat(rolledUntil).isAfter(now.minus(Duration.ofMinutes(13)));
		assertThat(rolledUntil.getEpochSecond() % 60).as("the start of a one-minute slice").isZero();
		assertEveryWindowEqualsTheRawRows();

		// A paper sheet: a crossing of three hours ago entered now, after its hour was
		// rolled up. It counts at once, and the next run puts it into its hour.
		long grid = this.tree.node("西岗社区");
		Instant cut = now.truncatedTo(ChronoUnit.HOURS);
		FigureWindow closed = new FigureWindow(Set.of(grid), cut.minus(Duration.ofHours(6)), cut);
		long before = value(closed, "crossingsIn");
		cross("IN", "36.5", now.minus(Duration.ofHours(3)), null);
		assertThat(value(closed, "crossingsIn")).isEqualTo(before + 1);
		assertEveryWindowEqualsTheRawRows();
		this.rollup.run();
		assertThat(value(closed, "crossingsIn")).isEqualTo(before + 1);
		assertEveryWindowEqualsTheRawRows();
		Long hourRows = this.jdbc.queryForObject(
				"select coalesce(sum(crossings_in), 0) from registration_hour where jurisdiction_id = ? and hour_no >= ?"
						+ " and hour_no < ?",
				Long.class, grid, closed.from().getEpochSecond() / 3600, closed.to().getEpochSecond() / 3600);
		assertThat(hourRows).as("the late entry is in its hour's row after the run").isEqualTo(before + 1);
	}

	/**
	 * Every window of the city, a township and a grid equals the raw rows, read both
	 * ways: by the chosen node's own rows of the roll-up per subtree, and by the rows of
	 * every node below it.
	 */
	private void assertEveryWindowEqualsTheRawRows() {
		Instant now = Instant.now();
		for (String name : List.of("铁力市", "铁力镇", "西岗社区")) {
			long node = this.tree.node(name);
			Set<Long> nodes = new HashSet<>(this.jurisdictions.subtreeIds(node));
			for (Instant[] span : List.of(
					new Instant[] { now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(2)),
							now.plus(Duration.ofHours(1)) },
					new Instant[] { now.minus(Duration.ofMinutes(317)), now.minus(Duration.ofMinutes(43)) },
					new Instant[] { now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofMinutes(10)) })) {
				FigureWindow bySubtree = new FigureWindow(nodes, span[0], span[1], node);
				FigureWindow byNodes = new FigureWindow(nodes, span[0], span[1]);
				for (Figure figure : this.figures.figures(bySubtree)) {
					assertThat(figure.value()).as(figure.code() + " in " + bySubtree)
						.isEqualTo(raw(bySubtree, figure.code()));
				}
				assertThat(this.figures.figures(byNodes)).as(name).isEqualTo(this.figures.figures(bySubtree));
				assertThat(this.figures.hourly(byNodes)).as(name).isEqualTo(this.figures.hourly(bySubtree));
			}
		}
	}

	private long value(FigureWindow window, String code) {
		return this.figures.figures(window)
			.stream()
			.filter((f) -> f.code().equals(code))
			.findFirst()
			.orElseThrow()
			.value();
	}

	private long raw(FigureWindow window, String code) {
		String ids = String.join(",", window.jurisdictionIds().stream().map(String::valueOf).toList());
		String rows = " from registration where jurisdiction_id in (" + ids
				+ ") and crossed_at >= ? and crossed_at < ?";
		String condition = switch (code) {
			case "crossingsIn" -> "direction = 'IN'";
			case "crossingsOut" -> "direction = 'OUT'";
			case "fevers" -> "outcome = 'FEVER_CLINIC'";
			case "turnedBack" -> "outcome = 'TURNED_BACK'";
			case "vehiclesIn" -> "direction = 'IN' and plate is not null";
			case "vehiclesOut" -> "direction = 'OUT' and plate is not null";
			default -> throw new IllegalArgumentException(code);
		};
		String sql = code.startsWith("vehicles")
				? "select count(distinct coalesce(vehicle_group, 'r' || id))" + rows + " and " + condition
				: "select count(*)" + rows + " and " + condition;
		Long n = this.jdbc.queryForObject(sql, Long.class, window.from().atOffset(ZoneOffset.UTC),
				window.to().atOffset(ZoneOffset.UTC));
		return (n != null) ? n : 0;
	}

	private void cross(String direction, String temperature, Instant at, String outcome) {
		this.registrations.register(this.crew, this.checkpoint, UUID.randomUUID().toString(),
				new RegistrationRequest(direction, "RESIDENT_ID", TestIds.next(), "汇总测试", "13900007777", "LOCAL", "铁力市",
						null, "TRAIN", null, null, null, new BigDecimal(temperature), "GREEN", outcome,
						at.atOffset(ZoneOffset.UTC), null),
				RegistrationSource.CREW);
	}

	private void car(String direction, int passengers, Instant at) {
		String group = UUID.randomUUID().toString().substring(0, 30);
		for (int i = 0; i < passengers; i++) {
			this.registrations.register(this.crew, this.checkpoint, UUID.randomUUID().toString(),
					new RegistrationRequest(direction, "RESIDENT_ID", TestIds.next(), "车内乘客", "13900007777", "LOCAL",
							"铁力市", null, "SELF_DRIVE", "黑F12346", "PRIVATE_CAR", passengers, new BigDecimal("36.5"),
							"GREEN", null, at.atOffset(ZoneOffset.UTC), group),
					RegistrationSource.CREW);
		}
	}

}
