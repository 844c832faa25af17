package org.fangkong.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.fangkong.shared.ResidentIdNumber;

/**
 * The city {@link CityGenerator} fills: what it reads of the platform's reference data
 * (the demo's grids with their paths and households, its checkpoints, the ID hashes
 * already stored) and the distributions it draws from — origin classes, places, grids
 * (communities heavier than villages, and each grid its own weight), checkpoints (key
 * ones heavier), hours of the day, ages, names. Pure data and arithmetic, seeded.
 */
final class CityModel {

	/** Origin classes and their weights (per mille). */
	static final String[] ORIGINS = { "LOCAL", "IN_PROVINCE", "OTHER_PROVINCE", "HUBEI", "WUHAN", "ABROAD" };

	static final int[] ORIGIN_WEIGHTS = { 300, 300, 250, 80, 40, 30 };

	/** The first six digits of a resident ID per origin class (address codes). */
	static final String[][] REGIONS = { { "230781", "230781", "230781", "230702" },
			{ "230102", "230103", "230203", "230602", "230702", "231002" },
			{ "110101", "310101", "210102", "220102", "370102", "440106", "510107" },
			{ "420902", "421002", "420502", "420602", "421102" }, { "420102", "420106", "420111", "420103" },
			{ "110105", "310115", "440305", "230103" } };

	static final String[][] PLACES = { { "铁力市" }, { "哈尔滨市", "伊春市", "齐齐哈尔市", "大庆市", "绥化市" },
			{ "北京市", "上海市", "沈阳市", "长春市", "济南市", "广州市", "成都市" }, { "孝感市", "荆州市", "宜昌市", "襄阳市", "黄冈市" }, { "武汉市" },
			{ "首尔", "东京", "莫斯科", "纽约", "伦敦" } };

	static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";

	static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建国建华志强春梅海燕东亮立新淑珍凤兰丹宇浩然子涵欣怡梓萱思远雨轩博文嘉怡佳琪俊杰晨阳";

	/** Crossings per hour of the day (city time), relative. */
	static final int[] HOUR_WEIGHTS = { 3, 2, 1, 1, 1, 3, 8, 18, 22, 16, 12, 11, 10, 10, 11, 13, 17, 21, 18, 12, 9, 7,
			5, 4 };

	final List<Grid> grids = new ArrayList<>();

	final List<Checkpoint> checkpoints = new ArrayList<>();

	final Set<String> storedHashes = new HashSet<>();

	private final long[] gridCumulative;

	private final long[] checkpointCumulative;

	private final long[] hourCumulative;

	final Random random;

	private CityModel(Connection connection, long seed) throws SQLException {
		this.random = new Random(seed);
		Map<Long, List<Long>> households = new HashMap<>();
		try (Statement st = connection.createStatement()) {
			try (ResultSet rs = st.executeQuery("select h.id, g.id from jurisdiction_node h join jurisdiction_node g"
					+ " on h.path like g.path || '%' and g.kind in ('VILLAGE', 'COMMUNITY') where h.kind = 'HOUSEHOLD'")) {
				while (rs.next()) {
					households.computeIfAbsent(rs.getLong(2), (k) -> new ArrayList<>()).add(rs.getLong(1));
				}
			}
			try (ResultSet rs = st.executeQuery("select id, path, kind, name from jurisdiction_node"
					+ " where kind in ('VILLAGE', 'COMMUNITY') order by id")) {
				while (rs.next()) {
					long id = rs.getLong(1);
					// communities (towns) are denser than villages; each grid its own
					// size
					int weight = (rs.getString(3).equals("COMMUNITY") ? 5 : 1) * (1 + this.random.nextInt(10));
					this.grids.add(new Grid(id, rs.getString(2), rs.getString(4), weight,
							households.getOrDefault(id, List.of()).stream().mapToLong(Long::longValue).toArray()));
				}
			}
			try (ResultSet rs = st
				.executeQuery("select id, jurisdiction_id, kind from checkpoint where active order by id")) {
				while (rs.next()) {
					this.checkpoints.add(new Checkpoint(rs.getLong(1), rs.getLong(2),
							rs.getString(3).equals("KEY") ? 12 : (rs.getString(3).equals("VILLAGE") ? 2 : 1)));
				}
			}
			try (ResultSet rs = st.executeQuery("select id_number_hash from person where id_number_hash is not null")) {
				while (rs.next()) {
					this.storedHashes.add(rs.getString(1));
				}
			}
		}
		if (this.grids.isEmpty() || this.checkpoints.isEmpty()) {
			throw new IllegalStateException("no grids or checkpoints: start the platform once on this database"
					+ " with the demo profile before generating a city");
		}
		this.gridCumulative = cumulative(this.grids.stream().mapToInt(Grid::weight).toArray());
		this.checkpointCumulative = cumulative(this.checkpoints.stream().mapToInt(Checkpoint::weight).toArray());
		this.hourCumulative = cumulative(HOUR_WEIGHTS);
	}

	static CityModel read(Connection connection, long seed) throws SQLException {
		return new CityModel(connection, seed);
	}

	int gridIndex(Random r) {
		return pick(this.gridCumulative, r);
	}

	int checkpointIndex(Random r) {
		return pick(this.checkpointCumulative, r);
	}

	Checkpoint checkpoint(Random r) {
		return this.checkpoints.get(checkpointIndex(r));
	}

	int hour(Random r) {
		return pick(this.hourCumulative, r);
	}

	static int origin(Random r) {
		int x = r.nextInt(1000);
		for (int i = 0; i < ORIGIN_WEIGHTS.length; i++) {
			x -= ORIGIN_WEIGHTS[i];
			if (x < 0) {
				return i;
			}
		}
		return 0;
	}

	/**
	 * A valid 18-character resident ID number (check character included) of someone from
	 * {@code origin}, born between 1935 and 2019, with {@code sequence} (0–999) as its
	 * order code.
	 */
	static String residentId(int origin, Random r, int sequence, LocalDate today) {
		String[] regions = REGIONS[origin];
		int age = (r.nextInt(100) < 15) ? r.nextInt(18) : 18 + (int) Math.min(67, Math.abs(r.nextGaussian() * 22));
		LocalDate birth = today.minusYears(age).minusDays(1 + r.nextInt(364));
		String first17 = regions[r.nextInt(regions.length)] + String.format("%04d%02d%02d%03d", birth.getYear(),
				birth.getMonthValue(), birth.getDayOfMonth(), sequence % 1000);
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

	static String name(Random r) {
		int length = (r.nextInt(10) < 7) ? 2 : 1;
		StringBuilder name = new StringBuilder().append(SURNAMES.charAt(pickSurname(r)));
		for (int i = 0; i < length; i++) {
			name.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	static String phone(Random r) {
		return "1" + "3456789".charAt(r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000));
	}

	static String place(int origin, Random r) {
		String[] places = PLACES[origin];
		return places[r.nextInt(places.length)];
	}

	/** The most common surnames most often: the first 10 take about half. */
	private static int pickSurname(Random r) {
		return (r.nextBoolean()) ? r.nextInt(10) : r.nextInt(SURNAMES.length());
	}

	private static long[] cumulative(int[] weights) {
		long[] out = new long[weights.length];
		long sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			out[i] = sum;
		}
		return out;
	}

	private static int pick(long[] cumulative, Random r) {
		long x = (long) (r.nextDouble() * cumulative[cumulative.length - 1]);
		int lo = 0;
		int hi = cumulative.length - 1;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (cumulative[mid] > x) {
				hi = mid;
			}
			else {
				lo = mid + 1;
			}
		}
		return lo;
	}

	record Grid(long id, String path, String name, int weight, long[] households) {

	}

	record Checkpoint(long id, long jurisdictionId, int weight) {

	}

}
