package org.fangkong.medical;

import java.time.Duration;
import java.util.UUID;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.support.Actors;
import org.fangkong.support.ChromiumBrowser;
import org.fangkong.support.DemoTree;
import org.fangkong.support.PostgresDatabase;
import org.fangkong.support.RegistrationJson;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A medic on a 375 px phone takes a referral from its arrival to its outcome (issue #12
 * item 6): a fever registered by the crew at 神树火车站 waits on the medic's list, the medic
 * receives the patient at a fever clinic, gives the outcome with a bed at an observation
 * ward, and the referral shows each step with who and when, and the ledger's new measure.
 */
@ExtendWith({ PostgresDatabase.class, ChromiumBrowser.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class MedicBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	Referrals referrals;

	@Autowired
	Accounts accounts;

	ChromeDriver browser;

	@BeforeEach
	void start() {
		this.browser = ChromiumBrowser.start(375, 812, "zh-CN");
	}

	@AfterEach
	void quit() {
		this.browser.quit();
	}

	@Test
	void aMedicTakesAReferralFromArrivalToOutcome() {
		long referral = aCheckpointFever();
		ChromiumBrowser.logIn(this.browser, this.port, "medic");
		this.browser.get(url("/medical/referrals"));
		// follow the link as a tap does (the list scrolls smoothly: a click computed
		// before
		// the scroll ends may land elsewhere)
		this.browser.get(
				this.browser.findElement(By.cssSelector("a.referral-link[href$='/medical/referrals/" + referral + "']"))
					.getAttribute("href"));
		assertThat(this.browser.findElement(By.id("referral-status")).getText()).isEqualTo("待接诊");

		new Select(this.browser.findElement(By.id("clinicId"))).selectByVisibleText("铁力市人民医院发热门诊");
		press("receive-button");
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referral-status"), "已接诊"));

		new Select(this.browser.findElement(By.id("outcome"))).selectByValue("MEDICAL_OBSERVATION");
		new Select(this.browser.findElement(By.id("facilityId")))
			.selectByVisibleText(optionStarting("facilityId", "铁力市人民医院（定点医院）"));
		this.browser.findElement(By.id("note")).sendKeys("血常规正常，留观");
		press("outcome-button");

		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("referral-status"), "已收治"));
		assertThat(this.browser.findElement(By.id("referral-outcome")).getText()).isEqualTo("医学观察");
		String steps = this.browser.findElement(By.id("referral-steps")).getText();
		assertThat(steps).contains("接诊", "铁力市人民医院发热门诊", "结论", "医学观察", "收治", "铁力市人民医院（定点医院）", "medic");
		assertThat(this.browser.findElement(By.id("discharge-button")).isDisplayed()).isTrue();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until((driver) -> {
			driver.navigate().refresh();
			return !driver.findElements(By.id("referral-measure")).isEmpty()
					&& driver.findElement(By.id("referral-measure")).getText().equals("医学观察");
		});
		assertThat(ChromiumBrowser.consoleErrors(this.browser)).isEmpty();
	}

	@Test
	void aMedicAddsObservationBedsToAFeverClinicOnThePhone() {
		ChromiumBrowser.logIn(this.browser, this.port, "medic");
		this.browser.get(url("/medical/facilities"));
		String name = "浏览器测试发热门诊";
		this.browser.get(this.browser.findElement(By.id("facility-new")).getAttribute("href"));
		this.browser.findElement(By.id("name")).sendKeys(name);
		new Select(this.browser.findElement(By.id("kind"))).selectByValue("FEVER_CLINIC");
		this.browser.findElement(By.id("observation")).clear();
		this.browser.findElement(By.id("observation")).sendKeys("6");
		press("facility-save");
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlMatches(".*/medical/facilities$"));
		org.openqa.selenium.WebElement card = this.browser
			.findElement(By.xpath("//div[contains(@class,'facility')][.//h2[text()='" + name + "']]"));
		assertThat(card.getText()).contains("留观床位").contains("6");
		// more beds, on the edit page the card links to
		this.browser.get(card.findElement(By.cssSelector("a.facility-edit")).getAttribute("href"));
		this.browser.findElement(By.id("observation")).clear();
		this.browser.findElement(By.id("observation")).sendKeys("9");
		press("facility-save");
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlMatches(".*/medical/facilities$"));
		assertThat(
				this.browser.findElement(By.xpath("//div[contains(@class,'facility')][.//h2[text()='" + name + "']]"))
					.getText())
			.contains("9");
		Object overflow = this.browser.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
		assertThat(overflow).isEqualTo(false);
		assertThat(ChromiumBrowser.consoleErrors(this.browser)).isEmpty();
	}

	/** Scrolls the button into the middle of the small screen, then presses it. */
	private void press(String id) {
		org.openqa.selenium.WebElement button = this.browser.findElement(By.id(id));
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
		button.click();
	}

	private String optionStarting(String select, String start) {
		return new Select(this.browser.findElement(By.id(select))).getOptions()
			.stream()
			.map((option) -> option.getText())
			.filter((text) -> text.startsWith(start))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * A traveller with fever registered by the crew over the API; the referral made of
	 * it.
	 */
	private long aCheckpointFever() {
		DemoTree tree = new DemoTree(this.jurisdictions, this.checkpoints);
		long station = tree.checkpoint("神树火车站");
		String body = RegistrationJson.crossing()
			.idNumber(TestIds.next())
			.name("贺浏览")
			.phone("13900008888")
			.origin("HUBEI", "湖北省武汉市")
			.destination(tree.firstHousehold("东岗社区"))
			.temperature("38.6")
			.json();
		String created = RestClient.create(url(""))
			.post()
			.uri("/api/v1/checkpoints/{id}/registrations", station)
			.headers((headers) -> headers.setBasicAuth("crew", "fangkong-demo"))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.body(String.class);
		long registration = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
		Actor medic = Actors.demo(this.accounts, "medic");
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.referrals.list(medic, ReferralStatus.OPEN, false, 0)
				.rows()
				.stream()
				.filter((r) -> registration == r.sourceId() && r.source() == ReferralSource.CHECKPOINT)
				.map(Referrals.ReferralView::id)
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
