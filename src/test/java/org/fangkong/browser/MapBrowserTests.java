package org.fangkong.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.screening.NewScreening;
import org.fangkong.screening.Screenings;
import org.fangkong.shared.Actor;
import org.fangkong.support.Actors;
import org.fangkong.support.ChromiumBrowser;
import org.fangkong.support.DemoTree;
import org.fangkong.support.PostgresDatabase;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14 items 1–3 in headless Chromium: the map draws the city's outline, the grids,
 * the checkpoints, the key persons and the heat map with no base map configured, asks no
 * host but the platform's own, switches to the 3-D view, which turns and tilts, and
 * writes no console error — on a desktop and on a phone; a pin dropped on a form's map
 * places a person.
 */
@ExtendWith({ PostgresDatabase.class, ChromiumBrowser.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class MapBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Screenings screenings;

	@Autowired
	Accounts accounts;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	ChromeDriver browser;

	@BeforeEach
	void keyPersons() {
		DemoTree tree = new DemoTree(this.jurisdictions, this.checkpoints);
		Actor grid = Actors.demo(this.accounts, "grid");
		long household = tree.firstHousehold("东岗社区");
		for (long node : List.of(household, household, tree.node("东岗社区"))) {
			LocalDate arrival = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(2);
			this.screenings.create(grid,
					new NewScreening("地图测试", null, "RESIDENT_ID", TestIds.next(), "13900007777", null, null, node,
							"GRID_FOUND", "HUBEI", "湖北省", arrival.minusDays(1), arrival, "TRAIN", null, null, null,
							null, null, null, null, null));
		}
	}

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theMapDrawsEveryLayerWithoutLeavingThePlatformAndTurnsIn3d() {
		this.browser = ChromiumBrowser.start(1280, 900, "zh-CN");
		ChromiumBrowser.logIn(this.browser, this.port, "commander");
		this.browser.get(url("/map"));
		WebElement frame = loaded();
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("防控地图");
		assertThat(Integer.parseInt(frame.getDomAttribute("data-checkpoints"))).isGreaterThanOrEqualTo(82);
		assertThat(Integer.parseInt(frame.getDomAttribute("data-grids"))).isGreaterThanOrEqualTo(71);
		assertThat(frame.getDomAttribute("data-outline")).isEqualTo("1");
		assertThat(Integer.parseInt(frame.getDomAttribute("data-key-persons"))).isGreaterThanOrEqualTo(3);
		// drawn: the vector canvas, the clusters of key persons, the legend and the layer
		// switch
		assertThat(this.browser.findElements(By.cssSelector("#map-2d .leaflet-overlay-pane canvas"))).isNotEmpty();
		assertThat(this.browser.findElements(By.cssSelector("#map-2d .marker-cluster, #map-2d .leaflet-marker-pane *")))
			.isNotEmpty();
		assertThat(this.browser.findElement(By.id("map-legend")).getText()).contains("重点人员", "卡点", "按住户位置标注");
		// the heat map, switched on in the layer control
		WebElement heatSwitch = this.browser.findElements(By.cssSelector(".leaflet-control-layers-overlays label"))
			.stream()
			.filter((label) -> label.getAttribute("textContent").contains("热力图"))
			.findFirst()
			.orElseThrow()
			.findElement(By.tagName("input"));
		// the layer control opens on hover; a script click switches the layer as a tap
		// does
		this.browser.executeScript("arguments[0].click();", heatSwitch);
		WebElement heat = this.browser.findElement(By.cssSelector("canvas.fk-heat"));
		assertThat(Integer.parseInt(heat.getDomAttribute("data-drawn"))).isGreaterThanOrEqualTo(3);
		assertThat(this.browser.findElement(By.id("map-status")).getText()).contains("未配置底图");
		assertOnlyOwnHost();

		this.browser.findElement(By.id("map-view-3d")).click();
		WebElement canvas = this.browser.findElement(By.id("map-3d-canvas"));
		assertThat(canvas.isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.id("map-2d")).isDisplayed()).isFalse();
		assertThat(Integer.parseInt(canvas.getDomAttribute("data-faces"))).isGreaterThan(82);
		String bearing = canvas.getDomAttribute("data-bearing");
		String pitch = canvas.getDomAttribute("data-pitch");
		this.browser.findElement(By.cssSelector("[data-map3d='rotate-right']")).click();
		this.browser.findElement(By.cssSelector("[data-map3d='tilt-up']")).click();
		assertThat(canvas.getDomAttribute("data-bearing")).isNotEqualTo(bearing);
		assertThat(canvas.getDomAttribute("data-pitch")).isNotEqualTo(pitch);
		this.browser.findElement(By.id("map-view-2d")).click();
		assertThat(this.browser.findElement(By.id("map-2d")).isDisplayed()).isTrue();
		assertThat(ChromiumBrowser.consoleErrors(this.browser)).isEmpty();
	}

	@Test
	void onAPhoneTheMapFitsTheScreenAndAGridWorkerSeesOnlyTheirGrid() {
		this.browser = ChromiumBrowser.start(375, 800, "zh-CN");
		ChromiumBrowser.logIn(this.browser, this.port, "grid");
		this.browser.get(url("/map"));
		WebElement frame = loaded();
		assertThat(frame.getDomAttribute("data-grids")).isEqualTo("1");
		assertThat(Integer.parseInt(frame.getDomAttribute("data-key-persons"))).isGreaterThanOrEqualTo(3);
		Long overflow = (Long) this.browser
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).isLessThanOrEqualTo(0L);
		this.browser.findElement(By.id("map-view-3d")).click();
		assertThat(Integer.parseInt(this.browser.findElement(By.id("map-3d-canvas")).getDomAttribute("data-faces")))
			.isPositive();
		assertOnlyOwnHost();
		assertThat(ChromiumBrowser.consoleErrors(this.browser)).isEmpty();
	}

	/**
	 * Issue #14 item 4 on a phone: the grid worker taps the small map of the form of a
	 * new screening, the pin fills the hidden point, and once saved the person is placed
	 * there on the map — with no base map and no request to another host.
	 */
	@Test
	void onAPhoneAGridWorkerDropsAPinOnTheFormOfANewScreening() {
		this.browser = ChromiumBrowser.start(375, 800, "zh-CN");
		ChromiumBrowser.logIn(this.browser, this.port, "grid");
		this.browser.get(url("/screening/new"));
		this.browser.findElement(By.id("name")).sendKeys("图钉浏览器");
		this.browser.findElement(By.id("idNumber")).sendKeys(TestIds.next());
		this.browser.findElement(By.id("phone")).sendKeys("13900006666");
		new Select(this.browser.findElement(By.id("gridId")))
			.selectByValue(String.valueOf(new DemoTree(this.jurisdictions, this.checkpoints).node("东岗社区")));
		WebElement pinMap = this.browser.findElement(By.cssSelector("#home-pin .fk-pin-map"));
		new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.attributeToBe(pinMap, "data-ready", "true"));
		assertThat(pinMap.getDomAttribute("class")).contains("fk-pin-plain");
		assertThat(this.browser.findElements(By.cssSelector("#home-pin .leaflet-overlay-pane path"))).isNotEmpty();
		this.browser.executeScript("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' });", pinMap);
		new Actions(this.browser).moveToElement(pinMap, 20, 10).click().perform();
		new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.attributeToBe(pinMap, "data-pinned", "true"));
		double longitude = Double.parseDouble(this.browser.findElement(By.id("longitude")).getDomProperty("value"));
		double latitude = Double.parseDouble(this.browser.findElement(By.id("latitude")).getDomProperty("value"));
		assertThat(longitude).isBetween(127.0, 129.5);
		assertThat(latitude).isBetween(46.0, 48.0);
		assertThat(this.browser.findElement(By.cssSelector("#home-pin [data-pin-at]")).getText())
			.contains(String.format(java.util.Locale.ROOT, "%.5f", latitude));
		Long overflow = (Long) this.browser
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).isLessThanOrEqualTo(0L);
		assertOnlyOwnHost();
		assertThat(ChromiumBrowser.consoleErrors(this.browser)).isEmpty();
		WebElement save = this.browser.findElement(By.id("save-screening"));
		this.browser.executeScript("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' });", save);
		save.click();
		new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.urlMatches("/screening/\\d+$"));
		String current = this.browser.getCurrentUrl();
		long screening = Long.parseLong(current.substring(current.lastIndexOf('/') + 1));
		String json = (String) this.browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
				+ "fetch('/map/data/key-persons?status=ALL', { headers: { Accept: 'application/json' } })"
				+ ".then(function (r) { return r.text(); }).then(done);");
		List<Object> placed = JsonPath.read(json, "$.features[?(@.id == " + screening + ")].properties.placedBy");
		List<Object> coordinates = JsonPath.read(json, "$.features[?(@.id == " + screening + ")].geometry.coordinates");
		assertThat(placed).containsExactly("PERSON");
		assertThat(((Number) ((List<?>) coordinates.get(0)).get(0)).doubleValue()).isEqualTo(longitude);
		assertThat(((Number) ((List<?>) coordinates.get(0)).get(1)).doubleValue()).isEqualTo(latitude);
	}

	/** Every resource the page loaded came from the platform itself. */
	private void assertOnlyOwnHost() {
		@SuppressWarnings("unchecked")
		List<String> hosts = (List<String>) this.browser.executeScript(
				"return performance.getEntriesByType('resource').map(function (e) { return new URL(e.name).host; });");
		assertThat(Set.copyOf(hosts)).containsOnly("localhost:" + this.port);
	}

	private WebElement loaded() {
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).until(ExpectedConditions.or(
				ExpectedConditions.attributeToBe(By.id("map-frame"), "data-loaded", "true"),
				ExpectedConditions.attributeToBeNotEmpty(this.browser.findElement(By.id("map-frame")), "data-error")));
		WebElement frame = this.browser.findElement(By.id("map-frame"));
		assertThat(frame.getDomAttribute("data-error")).isNull();
		return frame;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
