package org.fangkong.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.fangkong.checkpoint.CheckpointKind;
import org.fangkong.checkpoint.CheckpointView;
import org.fangkong.checkpoint.CheckpointSeeding;
import org.fangkong.checkpoint.CrewDutyFeed;
import org.fangkong.checkpoint.NewCheckpoint;
import org.fangkong.identity.Accounts;
import org.fangkong.identity.Accounts.Assignment;
import org.fangkong.jurisdiction.JurisdictionSeeding;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NewNode;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.jurisdiction.ResponsiblePerson;
import org.fangkong.organisation.Organisation;
import org.fangkong.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the Tieli demo data once: on a database that already has the city it does
 * nothing. Goes through the modules' own APIs, like any other client, so the demo data
 * obeys the same rules as real data.
 */
@Component
@Profile("demo")
@Order(10)
class DemoDataLoader implements ApplicationRunner {

	static final String PASSWORD = "fangkong-demo";

	static final String CITY_CODE = "230781";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段";

	private static final String GIVEN = "建国志强秀英桂兰玉华淑珍凤霞海燕春梅晓明国庆红军立新德胜文华永平丽娟金凤宝山长春铁军玉梅";

	private final Jurisdictions jurisdictions;

	private final CheckpointSeeding checkpoints;

	private final Organisation organisation;

	private final Accounts accounts;

	private final CrewDutyFeed duties;

	private final JurisdictionSeeding tree;

	DemoDataLoader(Jurisdictions jurisdictions, JurisdictionSeeding tree, CheckpointSeeding checkpoints,
			Organisation organisation, Accounts accounts, CrewDutyFeed duties) {
		this.tree = tree;
		this.duties = duties;
		this.jurisdictions = jurisdictions;
		this.checkpoints = checkpoints;
		this.organisation = organisation;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jurisdictions.findByCode(CITY_CODE).isPresent()) {
			log.info("Demo data already present");
			return;
		}
		long started = System.nanoTime();
		Map<String, JurisdictionView> nodes = loadJurisdictions();
		Map<String, CheckpointView> checkpoints = loadCheckpoints(nodes);
		Map<String, Long> groups = loadOrganisation(nodes.get(CITY_CODE).id());
		loadUsers(nodes, checkpoints, groups);
		log.info("Loaded the Tieli demo data: {} jurisdiction nodes, {} checkpoints in {} ms", nodes.size(),
				checkpoints.size(), (System.nanoTime() - started) / 1_000_000);
	}

	private Map<String, JurisdictionView> loadJurisdictions() {
		Map<String, JurisdictionView> byCode = new HashMap<>();
		for (Map<String, String> row : csv("jurisdictions.csv")) {
			JurisdictionView parent = byCode.get(row.get("parent_code"));
			JurisdictionView node = this.tree.add(new NewNode((parent != null) ? parent.id() : null, row.get("code"),
					row.get("name"), NodeKind.valueOf(row.get("kind")), number(row.get("latitude")),
					number(row.get("longitude")), null, ResponsiblePerson.of(row.get("responsible_name"),
							row.get("responsible_title"), row.get("responsible_phone")),
					true));
			byCode.put(node.code(), node);
			if (node.isGrid()) {
				addGroupsAndHouseholds(node, byCode);
			}
		}
		return byCode;
	}

	/**
	 * Two groups (a village) or buildings (a community) per grid, four households in
	 * each, with their cadres: a village-committee member for a group, a village cadre
	 * for a household (R-GRID-2).
	 */
	private void addGroupsAndHouseholds(JurisdictionView grid, Map<String, JurisdictionView> byCode) {
		Random random = new Random(grid.code().hashCode());
		boolean community = grid.kind() == NodeKind.COMMUNITY;
		for (int g = 1; g <= 2; g++) {
			String groupName = community ? g + "号楼" : "第" + "一二".charAt(g - 1) + "村民组";
			JurisdictionView group = this.tree.add(new NewNode(grid.id(), grid.code() + "G" + g, groupName,
					community ? NodeKind.BUILDING : NodeKind.GROUP, jitter(grid.latitude(), random),
					jitter(grid.longitude(), random), null,
					new ResponsiblePerson(name(random), community ? "社区居委会委员" : "村两委委员", phone(random)), true));
			byCode.put(group.code(), group);
			String cadre = name(random);
			String cadrePhone = phone(random);
			for (int h = 1; h <= 4; h++) {
				String head = name(random);
				String householdName = community ? g + "-" + (h + 1) / 2 + "0" + h + "室（" + head + "户）" : head + "户";
				JurisdictionView household = this.tree
					.add(new NewNode(group.id(), group.code() + "H" + h, householdName, NodeKind.HOUSEHOLD,
							jitter(group.latitude(), random), jitter(group.longitude(), random), null,
							new ResponsiblePerson(cadre, community ? "社区网格员" : "村干部", cadrePhone), true));
				byCode.put(household.code(), household);
			}
		}
	}

	private Map<String, CheckpointView> loadCheckpoints(Map<String, JurisdictionView> nodes) {
		Map<String, CheckpointView> byCode = new HashMap<>();
		for (Map<String, String> row : csv("checkpoints.csv")) {
			CheckpointView parent = byCode.get(row.get("parent_code"));
			CheckpointView checkpoint = this.checkpoints
				.register(new NewCheckpoint(row.get("code"), row.get("name"), CheckpointKind.valueOf(row.get("kind")),
						(parent != null) ? parent.id() : null, nodes.get(row.get("jurisdiction_code")).id(),
						number(row.get("latitude")), number(row.get("longitude"))));
			byCode.put(checkpoint.code(), checkpoint);
		}
		return byCode;
	}

	private Map<String, Long> loadOrganisation(long cityId) {
		long hq = this.organisation.establishHeadquarters("铁力市新型冠状病毒感染的肺炎疫情防控工作指挥部", cityId, LocalDate.of(2020, 1, 25));
		Map<String, Long> groups = new HashMap<>();
		for (Map<String, String> row : csv("working_groups.csv")) {
			groups.put(row.get("code"), this.organisation.addWorkingGroup(hq, row.get("code"), row.get("name_zh"),
					row.get("name_en"), row.get("leader_name"), row.get("leader_title")));
		}
		for (Map<String, String> row : csv("staff.csv")) {
			this.organisation.addStaff(groups.get(row.get("working_group_code")), row.get("name"), row.get("position"),
					row.get("phone"), row.get("unit"));
		}
		for (Map<String, String> row : csv("units.csv")) {
			this.organisation.addUnit(row.get("code"), row.get("name"), row.get("kind"));
		}
		return groups;
	}

	private void loadUsers(Map<String, JurisdictionView> nodes, Map<String, CheckpointView> checkpoints,
			Map<String, Long> groups) {
		long city = nodes.get(CITY_CODE).id();
		long tieliTown = node(nodes, "铁力镇");
		CheckpointView shenshuStation = checkpoints.values()
			.stream()
			.filter((c) -> c.name().equals("神树火车站"))
			.findFirst()
			.orElseThrow();
		user("admin", "系统管理员", Role.ADMIN, city, null, Set.of());
		user("commander", "阎超（指挥长）", Role.COMMANDER, city, null, Set.of());
		user("hq-screening", "综合排查组 刘洋", Role.HQ_STAFF, city, groups.get("WG04"), Set.of());
		user("township", "铁力镇 宋晶", Role.TOWNSHIP_OFFICER, tieliTown, null, Set.of());
		user("grid", "东岗社区 网格员 徐桂荣", Role.GRID_WORKER, node(nodes, "东岗社区"), null, Set.of());
		user("grid2", "新一村 崔洪明", Role.GRID_WORKER, node(nodes, "新一村"), null, Set.of());
		user("crew", "神树火车站 值守组 王刚", Role.CHECKPOINT_CREW, shenshuStation.jurisdictionId(), null,
				Set.of(shenshuStation.id()));
		user("medic", "市人民医院 李医生", Role.MEDIC, city, groups.get("WG02"), Set.of());
		user("hotline", "防治专线 张护士", Role.HOTLINE_OPERATOR, city, null, Set.of());
		user("publicity", "宣传组 赵敏", Role.PUBLICITY_OFFICER, city, null, Set.of());
		user("volunteer", "志愿者 孙磊", Role.VOLUNTEER, tieliTown, null, Set.of());
	}

	private void user(String username, String displayName, Role role, long node, Long group, Set<Long> served) {
		long id = this.accounts.createDemoUser(username, PASSWORD,
				new Assignment(displayName, Set.of(role), node, group, true));
		served.forEach((checkpointId) -> this.duties.standing(id, checkpointId, "demo"));
	}

	private static long node(Map<String, JurisdictionView> nodes, String name) {
		return nodes.values().stream().filter((n) -> n.name().equals(name)).findFirst().orElseThrow().id();
	}

	private static List<Map<String, String>> csv(String name) {
		ClassPathResource resource = new ClassPathResource("demo/" + name);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			String[] header = reader.readLine().split(",", -1);
			List<Map<String, String>> rows = new ArrayList<>();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				String[] cells = line.split(",", -1);
				Map<String, String> row = new HashMap<>();
				for (int i = 0; i < header.length; i++) {
					row.put(header[i], (i < cells.length && !cells[i].isBlank()) ? cells[i].strip() : null);
				}
				rows.add(row);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Double number(String value) {
		return (value != null) ? Double.valueOf(value) : null;
	}

	private static Double jitter(Double value, Random random) {
		return (value != null) ? Math.round((value + (random.nextDouble() - 0.5) * 0.004) * 1e6) / 1e6 : null;
	}

	static String nameOf(Random random) {
		return name(random);
	}

	static String phoneOf(Random random) {
		return phone(random);
	}

	private static String name(Random random) {
		int given = random.nextInt(GIVEN.length() / 2) * 2;
		return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.substring(given, given + 2);
	}

	private static String phone(Random random) {
		return "1370001" + String.format("%04d", random.nextInt(10000));
	}

}
