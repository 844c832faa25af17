package org.fangkong.gis;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.ScreeningJson;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #14 item 4: the pin dropped on the form of a new screening (and the point of the
 * API's report) becomes the person's own point, where the key persons' layer places them;
 * a point out of range is refused with a message in the user's language and nothing is
 * saved — neither the person, nor the screening, nor a point.
 */
@IntegrationTest
class PinDropTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlaceStore store;

	long dongGang;

	@BeforeEach
	void setUp() {
		this.dongGang = new DemoTree(this.jurisdictions, this.checkpoints).node("东岗社区");
	}

	@Test
	void thePinOfTheFormPlacesThePersonOnTheMap() throws Exception {
		String location = this.mvc
			.perform(form(TestIds.next(), "图钉排查").param("longitude", "128.041234").param("latitude", "46.971234"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/screening/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long screening = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Map<String, Object> feature = keyPerson("grid", screening);
		assertPlaced(feature, "PERSON", 128.041234, 46.971234);
		// the form without a pin leaves the person where their household or grid is
		String unpinned = this.mvc.perform(form(TestIds.next(), "图钉排查"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long other = Long.parseLong(unpinned.substring(unpinned.lastIndexOf('/') + 1));
		assertThat(MapApiTests.props(keyPerson("grid", other)).get("placedBy")).isEqualTo("GRID");
	}

	@Test
	void thePointOfTheApiReportPlacesThePersonToo() throws Exception {
		String json = ScreeningJson.in(this.dongGang).json();
		json = json.substring(0, json.length() - 1) + ",\"longitude\":128.0333,\"latitude\":46.9666}";
		String created = this.mvc.perform(
				post("/api/v1/screenings").with(basic("grid")).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertPlaced(keyPerson("commander", MapApiTests.id(created)), "PERSON", 128.0333, 46.9666);
	}

	@Test
	void aPointOutOfRangeIsRefusedAndNothingChanges() throws Exception {
		String idNumber = TestIds.next();
		String page = this.mvc
			.perform(form(idNumber, "图钉越界").param("longitude", "200.5")
				.param("latitude", "46.97")
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("地图上的点经度必须在 -180 到 180 之间").contains("id=\"home-pin\"");
		this.mvc
			.perform(form(idNumber, "图钉越界").param("longitude", "128.04").param("latitude", "-91").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("The latitude of the point must be between -90 and 90; nothing was saved.")));
		this.mvc.perform(form(idNumber, "图钉越界").param("longitude", "128.04").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("needs both a longitude and a latitude")));
		String json = ScreeningJson.in(this.dongGang).name("图钉越界").json();
		this.mvc
			.perform(post("/api/v1/screenings").with(basic("grid"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.substring(0, json.length() - 1) + ",\"longitude\":128.03,\"latitude\":95.0}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"field\":\"latitude\"")));
		assertThat(count("select count(*) from person where name = '图钉越界'")).isZero();
		assertThat(count(
				"select count(*) from screening s join person p on p.id = s.person_id" + " where p.name = '图钉越界'"))
			.isZero();
		assertThat(count("select count(*) from gis_person_point where longitude = 200.5 or latitude in (-91, 95)"))
			.isZero();
	}

	@Test
	void aLongListOfPersonsFindsTheirOwnPointsAsAShortOneDoes() {
		try {
			this.store.savePersonPoint(990_000_001L, 128.01, 46.91, false);
			this.store.savePersonPoint(990_000_002L, 128.02, 46.92, false);
			List<Long> many = java.util.stream.LongStream.rangeClosed(990_000_001L, 990_001_500L).boxed().toList();
			Map<Long, double[]> found = this.store.personPoints(many);
			assertThat(found).containsOnlyKeys(990_000_001L, 990_000_002L);
			assertThat(found.get(990_000_002L)).containsExactly(128.02, 46.92);
			assertThat(this.store.personPoints(List.of(990_000_001L, 990_000_003L))).containsOnlyKeys(990_000_001L);
		}
		finally {
			this.jdbc.update("delete from gis_person_point where person_id between 990000001 and 990001500");
		}
	}

	private MockHttpServletRequestBuilder form(String idNumber, String name) {
		return post("/screening/new").session(DemoUsers.session(this.mvc, "grid"))
			.with(csrf())
			.param("name", name)
			.param("idType", "RESIDENT_ID")
			.param("idNumber", idNumber)
			.param("phone", "13900004444")
			.param("gridId", String.valueOf(this.dongGang))
			.param("leadSource", "GRID_FOUND")
			.param("originClass", "HUBEI")
			.param("originPlace", "湖北省武汉市")
			.param("transportMode", "TRAIN");
	}

	private Map<String, Object> keyPerson(String user, long screening) throws Exception {
		String json = this.mvc.perform(get("/api/v1/map/key-persons").param("status", "ALL").with(basic(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<Map<String, Object>> features = GeoJsonAssert.features(json);
		return MapApiTests.feature(features, "screeningId", screening);
	}

	private static void assertPlaced(Map<String, Object> feature, String by, double longitude, double latitude) {
		assertThat(MapApiTests.props(feature).get("placedBy")).isEqualTo(by);
		List<?> coordinates = JsonPath.read(feature, "$.geometry.coordinates");
		assertThat(((Number) coordinates.get(0)).doubleValue()).isEqualTo(longitude);
		assertThat(((Number) coordinates.get(1)).doubleValue()).isEqualTo(latitude);
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

}
