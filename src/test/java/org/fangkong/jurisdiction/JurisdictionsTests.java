package org.fangkong.jurisdiction;

import java.util.List;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.shared.Actor;
import org.fangkong.shared.NotFoundException;
import org.fangkong.shared.Role;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** R-GRID-1 and R-GRID-2 on the demo tree, against PostgreSQL. */
@IntegrationTest
class JurisdictionsTests {

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	JurisdictionSeeding seeding;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	JurisdictionNodeRepository repository;

	@Autowired
	JdbcTemplate jdbc;

	DemoTree tree;

	@BeforeEach
	void setUp() {
		this.tree = new DemoTree(this.jurisdictions, this.checkpoints);
	}

	@Test
	void theDemoCityHasEightTownshipsAndSeventyOneGrids() {
		List<JurisdictionView> all = this.jurisdictions.all().stream().filter(JurisdictionView::demo).toList();
		assertThat(all).filteredOn((n) -> n.kind() == NodeKind.CITY)
			.singleElement()
			.satisfies((city) -> assertThat(city.name()).isEqualTo("铁力市"));
		assertThat(all).filteredOn((n) -> n.kind() == NodeKind.TOWNSHIP).hasSize(8);
		assertThat(all).filteredOn(JurisdictionView::isGrid).hasSize(71);
		assertThat(all).extracting(JurisdictionView::name).contains("东岗社区", "新一村", "桃山镇", "双丰镇", "神树镇");
		assertThat(all).hasSize(1 + 8 + 71 + 71 * 2 + 71 * 8);
	}

	@Test
	void everyHouseholdHasACadreAtEachOfTheFourLevels() {
		long household = this.tree.firstHousehold("东岗社区");
		List<ResponsibilityLink> chain = this.jurisdictions.responsibilityChain(household);
		assertThat(chain).extracting(ResponsibilityLink::level)
			.containsExactly(NodeKind.HOUSEHOLD, NodeKind.BUILDING, NodeKind.COMMUNITY, NodeKind.TOWNSHIP);
		assertThat(chain.get(2).nodeName()).isEqualTo("东岗社区");
		assertThat(chain.get(3).nodeName()).isEqualTo("铁力镇");
		assertThat(chain).allSatisfy((link) -> {
			assertThat(link.responsible().name()).isNotBlank();
			assertThat(link.responsible().phone()).matches("1[3-9]\\d{9}");
		});
		// the demo city's households (tests add households of their own, marked not demo)
		long households = this.jurisdictions.all()
			.stream()
			.filter((n) -> n.kind() == NodeKind.HOUSEHOLD && n.demo())
			.count();
		assertThat(households).isEqualTo(568);
	}

	@Test
	void aUserSeesTheirNodeAndEverythingBelowIt() {
		long dongGang = this.tree.node("东岗社区");
		Actor grid = Actors.user("grid").id(1).role(Role.GRID_WORKER).node(dongGang).build();
		List<JurisdictionView> visible = this.jurisdictions.visibleNodes(grid);
		assertThat(visible).filteredOn(JurisdictionView::demo).hasSize(11);
		assertThat(visible.get(0).id()).isEqualTo(dongGang);
		assertThat(this.jurisdictions.covers(grid, this.tree.firstHousehold("东岗社区"))).isTrue();
		assertThat(this.jurisdictions.covers(grid, this.tree.node("铁力镇"))).isFalse();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.jurisdictions.get(grid, this.tree.node("新一村")));
	}

	@Test
	void anyDepthWorks() {
		JurisdictionView root = this.seeding
			.add(new NewNode(null, "T-ROOT", "测试县", NodeKind.CITY, null, null, null, null, false));
		JurisdictionView deep = root;
		for (int i = 0; i < 8; i++) {
			deep = this.seeding.add(new NewNode(deep.id(), "T-" + i, "层" + i, NodeKind.GROUP, null, null, null,
					new ResponsiblePerson("负责人" + i, "干部", "13900000000"), false));
		}
		assertThat(deep.depth()).isEqualTo(8);
		assertThat(this.jurisdictions.isWithin(deep.id(), root.id())).isTrue();
		assertThat(this.jurisdictions.responsibilityChain(deep.id())).hasSize(8);
	}

	/**
	 * Issue #18: every application node holds the tree in memory. A node renamed by
	 * another application node, or by hand in SQL, is seen here at the next read, as is a
	 * node another application node added.
	 */
	@Test
	void aNodeChangedOrAddedElsewhereIsSeenAtTheNextRead() {
		JurisdictionView grid = this.jurisdictions.find(this.tree.node("新一村")).orElseThrow();
		NodeTree otherNode = new NodeTree(this.repository, this.jdbc);
		assertThat(otherNode.current().find(grid.id()).orElseThrow().name()).isEqualTo("新一村");
		try {
			this.jdbc.update("update jurisdiction_node set name = '新一村（改）' where id = ?", grid.id());
			assertThat(this.jurisdictions.find(grid.id()).orElseThrow().name()).isEqualTo("新一村（改）");
			assertThat(otherNode.current().find(grid.id()).orElseThrow().name()).isEqualTo("新一村（改）");
		}
		finally {
			this.jdbc.update("update jurisdiction_node set name = '新一村' where id = ?", grid.id());
		}
		assertThat(this.jurisdictions.find(grid.id()).orElseThrow().name()).isEqualTo("新一村");

		JurisdictionView added = this.seeding
			.add(new NewNode(null, "T18-ROOT", "另一节点所建", NodeKind.CITY, null, null, null, null, false));
		assertThat(otherNode.current().find(added.id())).isPresent();
	}

}
