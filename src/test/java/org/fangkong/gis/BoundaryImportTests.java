package org.fangkong.gis;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.Actors;
import org.fangkong.support.DemoTree;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #14 item 4: an administrator imports a node's boundary as GeoJSON; a bad geometry
 * is refused with a message on {@code geometry} and nothing changes; one outside the
 * parent's bounds is kept with a warning. A node of 工农乡 (not used by the other map tests)
 * takes the imports.
 */
@IntegrationTest
class BoundaryImportTests {

	/** A square of about 4 × 5.5 km, drawn clockwise, as a Feature. */
	static final String GOOD = """
			{"type":"Feature","properties":{"name":"试验"},"geometry":{"type":"Polygon","coordinates":
			[[[128.10,46.90],[128.10,46.95],[128.15,46.95],[128.15,46.90],[128.10,46.90]]]}}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	Accounts accounts;

	DemoTree tree;

	long grid;

	@BeforeEach
	void setUp() {
		this.tree = new DemoTree(this.jurisdictions, this.checkpoints);
		this.grid = gridOf("工农乡");
	}

	/** A grid of the township other than the demo users' own. */
	private long gridOf(String township) {
		return this.jurisdictions.children(Actors.demo(this.accounts, "admin"), this.tree.node(township))
			.stream()
			.filter((n) -> n.isGrid() && !n.name().equals("新一村"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void aGoodBoundaryIsStoredNormalisedAndShownOnTheMap() throws Exception {
		importAs("admin", this.grid, GOOD).andExpect(status().isOk())
			.andExpect(jsonPath("$.jurisdictionId").value(this.grid))
			.andExpect(jsonPath("$.bbox[0]").value(128.10))
			.andExpect(jsonPath("$.bbox[3]").value(46.95))
			// the township has no boundary to check against: said, not refused
			.andExpect(jsonPath("$.warnings[0].code").value("gis.boundary.parentWithout"));
		Map<String, Object> feature = MapApiTests.feature(GeoJsonAssert.features(grids()), "id", this.grid);
		Map<?, ?> geometry = (Map<?, ?>) feature.get("geometry");
		GeoJsonAssert.geometry(geometry);
		@SuppressWarnings("unchecked")
		List<List<Number>> ring = ((List<List<List<List<Number>>>>) geometry.get("coordinates")).get(0).get(0);
		assertThat(GeoJsonAssert.signedArea(ring)).as("outer ring counter-clockwise (RFC 7946 §3.1.6)").isPositive();
		assertThat(MapApiTests.props(feature).get("hasBoundary")).isEqualTo(true);
	}

	@Test
	void aBoundaryOutsideItsParentsBoundsIsKeptWithAWarning() throws Exception {
		// another township than the other tests', whose boundary they leave alone
		long township = this.tree.node("神树镇");
		long grid = gridOf("神树镇");
		importAs("admin", township,
				"{\"type\":\"Polygon\",\"coordinates\":[[[128.0,46.8],[128.3,46.8],[128.3,47.0],[128.0,47.0],[128.0,46.8]]]}")
			.andExpect(status().isOk());
		importAs("admin", grid, GOOD).andExpect(status().isOk()).andExpect(jsonPath("$.warnings").isEmpty());
		importAs("admin", grid,
				"{\"type\":\"Polygon\",\"coordinates\":[[[128.25,46.95],[128.35,46.95],[128.35,47.05],[128.25,47.05],[128.25,46.95]]]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.warnings[0].code").value("gis.boundary.outsideParent"))
			.andExpect(jsonPath("$.warnings[0].message").isNotEmpty());
	}

	@Test
	void aBadGeometryIsRefusedWithAMessageAndNothingChanges() throws Exception {
		importAs("admin", this.grid, GOOD).andExpect(status().isOk());
		String before = grids();
		List<String> bad = List.of(
				// an open ring
				"{\"type\":\"Polygon\",\"coordinates\":[[[128.1,46.9],[128.1,46.95],[128.15,46.95],[128.15,46.9]]]}",
				// latitude and longitude swapped out of range
				"{\"type\":\"Polygon\",\"coordinates\":[[[46.9,128.1],[46.95,128.1],[46.95,128.15],[46.9,128.1]]]}",
				// too few positions
				"{\"type\":\"Polygon\",\"coordinates\":[[[128.1,46.9],[128.2,46.9],[128.1,46.9]]]}",
				// not a polygon
				"{\"type\":\"Point\",\"coordinates\":[128.1,46.9]}",
				// a position that is not a pair of numbers
				"{\"type\":\"Polygon\",\"coordinates\":[[[128.1,\"46.9\"],[128.1,46.95],[128.15,46.95],[128.1,46.9]]]}",
				// two features
				"{\"type\":\"FeatureCollection\",\"features\":[" + GOOD + "," + GOOD + "]}",
				// not JSON
				"POLYGON((128.1 46.9, 128.1 46.95))");
		for (String body : bad) {
			importAs("admin", this.grid, body).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("geometry"))
				.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		}
		assertThat(grids()).isEqualTo(before);
	}

	@Test
	void onlyAdministratorsImportBoundaries() throws Exception {
		for (String user : List.of("commander", "township", "grid2", "crew")) {
			importAs(user, this.grid, GOOD).andExpect(status().isForbidden());
		}
		importAs("admin", 999_999_999L, GOOD).andExpect(status().isNotFound());
	}

	private ResultActions importAs(String user, long node, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/jurisdictions/{id}/boundary", node).with(basic(user))
			.contentType(MediaType.parseMediaType("application/geo+json"))
			.content(body));
	}

	private String grids() throws Exception {
		return this.mvc.perform(get("/api/v1/map/grids").with(basic("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
