package org.fangkong.gis;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.ScreeningJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #14 items 1, 4 and 5 through the GeoJSON API on PostgreSQL: valid RFC 7946
 * collections, the 82 demo checkpoints for the commander, scope (grid2 sees nothing of
 * 东岗社区, a township only its own grids), masking, the placing of persons, the filters.
 */
@IntegrationTest
class MapApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	GisSeeding seeding;

	DemoTree tree;

	long dongGang;

	long xinYi;

	@BeforeEach
	void setUp() throws Exception {
		this.tree = new DemoTree(this.jurisdictions, this.checkpoints);
		this.dongGang = this.tree.node("东岗社区");
		this.xinYi = this.tree.node("新一村");
	}

	@Test
	void theCommanderGetsValidCollectionsWithTheDemoCheckpointsAndGrids() throws Exception {
		report("grid", this.dongGang, "WUHAN");
		List<Map<String, Object>> checkpoints = GeoJsonAssert.features(layer("commander", "checkpoints", ""));
		Set<String> codes = checkpoints.stream().map((f) -> (String) props(f).get("code")).collect(Collectors.toSet());
		assertThat(codes).containsAll(demoCheckpointCodes()).hasSizeGreaterThanOrEqualTo(82);
		assertThat(checkpoints).allSatisfy((f) -> assertThat(props(f)).containsKeys("kind", "crossings", "link"));
		List<Map<String, Object>> grids = GeoJsonAssert.features(layer("commander", "grids", ""));
		assertThat(grids).hasSize((int) this.jurisdictions.all().stream().filter(JurisdictionView::isGrid).count());
		Map<String, Object> dongGangGrid = feature(grids, "id", this.dongGang);
		assertThat(((Map<?, ?>) dongGangGrid.get("geometry")).get("type")).isEqualTo("MultiPolygon");
		assertThat(((Number) props(dongGangGrid).get("keyPersons")).longValue()).isPositive();
		List<Map<String, Object>> persons = GeoJsonAssert.features(layer("commander", "key-persons", ""));
		assertThat(persons).isNotEmpty();
		GeoJsonAssert.features(layer("commander", "outline", ""));
	}

	@Test
	void theAnswerIsGeoJsonByItsMediaType() throws Exception {
		this.mvc.perform(get("/api/v1/map/grids").with(basic("township")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"));
	}

	@Test
	void grid2GetsNoFeatureOf东岗社区() throws Exception {
		report("grid", this.dongGang, "HUBEI");
		report("grid2", this.xinYi, "HUBEI");
		List<Map<String, Object>> grids = GeoJsonAssert.features(layer("grid2", "grids", ""));
		assertThat(grids).extracting((f) -> ((Number) props(f).get("id")).longValue()).containsExactly(this.xinYi);
		List<Map<String, Object>> persons = GeoJsonAssert.features(layer("grid2", "key-persons", "?status=ALL"));
		assertThat(persons).isNotEmpty()
			.allSatisfy((f) -> assertThat(((Number) props(f).get("gridId")).longValue()).isEqualTo(this.xinYi));
		List<Map<String, Object>> checkpoints = GeoJsonAssert.features(layer("grid2", "checkpoints", ""));
		Set<Long> inScope = Set.copyOf(this.jurisdictions.subtreeIds(this.xinYi));
		assertThat(checkpoints).allSatisfy((f) -> assertThat(inScope
			.contains(this.checkpoints.find(((Number) props(f).get("id")).longValue()).orElseThrow().jurisdictionId()))
			.isTrue());
		for (String layer : List.of("grids", "key-persons", "checkpoints", "outline")) {
			assertThat(layer("grid2", layer, "?status=ALL")).doesNotContain("东岗社区");
		}
		// a node outside the scope as a filter: as if it did not exist
		this.mvc
			.perform(get("/api/v1/map/key-persons").param("jurisdictionId", String.valueOf(this.dongGang))
				.with(basic("grid2")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aTownshipGetsOnlyItsOwnGrids() throws Exception {
		long township = this.tree.node("铁力镇");
		Set<Long> own = this.jurisdictions.all()
			.stream()
			.filter(JurisdictionView::isGrid)
			.map(JurisdictionView::id)
			.filter((id) -> this.jurisdictions.isWithin(id, township))
			.collect(Collectors.toSet());
		List<Map<String, Object>> grids = GeoJsonAssert.features(layer("township", "grids", ""));
		assertThat(grids).extracting((f) -> ((Number) props(f).get("id")).longValue())
			.containsExactlyInAnyOrderElementsOf(own);
		assertThat(own).contains(this.dongGang).doesNotContain(this.xinYi);
	}

	@Test
	void keyPersonsAreMaskedForEveryReaderAndRefusedToTheOthers() throws Exception {
		String reported = report("grid", this.dongGang, "WUHAN");
		String idNumber = JsonPath.read(reported, "$.idNumber");
		for (String user : List.of("commander", "hq-screening", "township", "grid")) {
			String json = layer(user, "key-persons", "");
			assertThat(json).doesNotContain(idNumber).doesNotContain("13900008888").doesNotContain("phone");
			Map<String, Object> mine = feature(GeoJsonAssert.features(json), "screeningId",
					((Number) JsonPath.read(reported, "$.id")).longValue());
			assertThat((String) props(mine).get("idNumber")).contains("****")
				.endsWith(idNumber.substring(idNumber.length() - 4));
		}
		for (String user : List.of("admin", "crew", "medic", "hotline", "publicity", "volunteer")) {
			this.mvc.perform(get("/api/v1/map/key-persons").with(basic(user))).andExpect(status().isForbidden());
		}
		// an administrator sees the grids, without the counts of the ledger
		List<Map<String, Object>> grids = GeoJsonAssert.features(layer("admin", "grids", ""));
		assertThat(grids).isNotEmpty().allSatisfy((f) -> assertThat(props(f).get("keyPersons")).isNull());
		for (String user : List.of("crew", "medic", "volunteer")) {
			this.mvc.perform(get("/api/v1/map/grids").with(basic(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/map/checkpoints").with(basic(user))).andExpect(status().isForbidden());
		}
	}

	@Test
	void aPersonIsPlacedAtTheirOwnPointElseTheirHouseholdElseTheirGrid() throws Exception {
		long household = this.tree.firstHousehold("东岗社区");
		long atHousehold = id(report("grid", household, "HUBEI"));
		long atGrid = id(report("grid", this.dongGang, "HUBEI"));
		String own = report("grid", household, "HUBEI");
		this.seeding.demoPersonPoint(((Number) JsonPath.read(own, "$.personId")).longValue(), 128.0401, 46.9702);
		List<Map<String, Object>> persons = GeoJsonAssert.features(layer("grid", "key-persons", ""));
		JurisdictionView householdNode = this.jurisdictions.find(household).orElseThrow();
		JurisdictionView grid = this.jurisdictions.find(this.dongGang).orElseThrow();
		assertPlaced(feature(persons, "screeningId", atHousehold), "HOUSEHOLD", householdNode.longitude(),
				householdNode.latitude());
		assertPlaced(feature(persons, "screeningId", atGrid), "GRID", grid.longitude(), grid.latitude());
		assertPlaced(feature(persons, "screeningId", id(own)), "PERSON", 128.0401, 46.9702);
	}

	@Test
	void theFiltersNarrowTheKeyPersonsAndTheGridCounts() throws Exception {
		long wuhan = id(report("grid", this.dongGang, "WUHAN"));
		long abroad = id(report("grid", this.dongGang, "IN_PROVINCE"));
		List<Map<String, Object>> fromWuhan = GeoJsonAssert
			.features(layer("grid", "key-persons", "?originClass=WUHAN&status=ALL"));
		assertThat(fromWuhan).allSatisfy((f) -> assertThat(props(f).get("originClass")).isEqualTo("WUHAN"));
		assertThat(fromWuhan).extracting((f) -> ((Number) props(f).get("screeningId")).longValue())
			.contains(wuhan)
			.doesNotContain(abroad);
		long counted = ((Number) props(feature(
				GeoJsonAssert.features(layer("grid", "grids", "?originClass=WUHAN&status=ALL")), "id", this.dongGang))
			.get("keyPersons")).longValue();
		assertThat(counted).isEqualTo(fromWuhan.size());
		this.mvc.perform(get("/api/v1/map/key-persons").param("status", "SOMETIMES").with(basic("grid")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"field\":\"status\"")));
		this.mvc.perform(get("/api/v1/map/key-persons").param("measure", "NAP").with(basic("grid")))
			.andExpect(status().isBadRequest());
	}

	private static void assertPlaced(Map<String, Object> feature, String by, double longitude, double latitude) {
		assertThat(props(feature).get("placedBy")).isEqualTo(by);
		List<?> coordinates = (List<?>) ((Map<?, ?>) feature.get("geometry")).get("coordinates");
		assertThat(((Number) coordinates.get(0)).doubleValue()).isEqualTo(longitude);
		assertThat(((Number) coordinates.get(1)).doubleValue()).isEqualTo(latitude);
	}

	private String report(String user, long node, String origin) throws Exception {
		return this.mvc
			.perform(post("/api/v1/screenings").with(basic(user))
				.contentType(MediaType.APPLICATION_JSON)
				.content(ScreeningJson.in(node).origin(origin, "某地").json()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String layer(String user, String layer, String query) throws Exception {
		return this.mvc.perform(get("/api/v1/map/" + layer + query).with(basic(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	static long id(String json) {
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> props(Map<String, Object> feature) {
		return (Map<String, Object>) feature.get("properties");
	}

	static Map<String, Object> feature(List<Map<String, Object>> features, String property, long value) {
		return features.stream()
			.filter((f) -> props(f).get(property) instanceof Number n && n.longValue() == value)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no feature with " + property + "=" + value));
	}

	private static Set<String> demoCheckpointCodes() throws Exception {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/checkpoints.csv").getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.skip(1)
				.filter((l) -> !l.isBlank())
				.map((l) -> l.split(",")[0])
				.collect(Collectors.toSet());
		}
	}

}
