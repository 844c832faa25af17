package org.fangkong.browser;

import java.time.Duration;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.checkpoint.SelfRegistrations;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.PersonalDataProtection;
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
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crew at the roadside, on a 375 px phone in headless Chromium: a registration, a QR
 * self-registration confirmed by the crew, and a registration made without network that
 * is sent once when it returns.
 */
@ExtendWith({ PostgresDatabase.class, ChromiumBrowser.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class CrewBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	SelfRegistrations selfRegistrations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonalDataProtection protection;

	ChromeDriver browser;

	long station;

	@BeforeEach
	void start() {
		this.station = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("神树火车站");
		this.browser = ChromiumBrowser.start(375, 812, "zh-CN");
	}

	@AfterEach
	void quit() {
		this.browser.quit();
	}

	@Test
	void theCrewRegistersATravellerAndSeesTheFeverReferral() {
		logInAsCrew();
		this.browser.get(url("/checkpoints/" + this.station + "/register"));
		String id = TestIds.next();
		fillPerson(id, "赵发热");
		type("temperature", "38.4");
		assertThat(this.browser.findElement(By.id("fever-warning")).isDisplayed()).isTrue();
		click(this.browser.findElement(By.id("submit-registration")));
		WebElement result = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("live-result")));
		waitFor(ExpectedConditions.textToBePresentInElement(result, "赵发热"));
		assertThat(result.getText()).contains("发热门诊");
		assertThat(count(id, "FEVER_CLINIC")).isEqualTo(1);
		assertThat(this.browser.findElement(By.id("idNumber")).getAttribute("value")).isEmpty();
		assertNoHorizontalScroll();
	}

	/**
	 * Issue #8 items 5 and 9: the counters follow each registration without a reload; the
	 * server's message stands next to the field it names; a railway station starts with
	 * the train.
	 */
	@Test
	void theCountersFollowEachRegistrationAndAWrongFieldShowsItsMessage() {
		logInAsCrew();
		this.browser.get(url("/checkpoints/" + this.station + "/register"));
		assertThat(this.browser.findElement(By.id("mode-TRAIN")).isSelected()).as("train at a railway station")
			.isTrue();
		int before = Integer.parseInt(this.browser.findElement(By.id("count-fevers")).getText());
		fillPerson(TestIds.next(), "钱计数");
		type("temperature", "38.6");
		click(this.browser.findElement(By.id("submit-registration")));
		waitFor(ExpectedConditions.textToBe(By.id("count-fevers"), String.valueOf(before + 1)));

		fillPerson("230781199001011234", "钱错号");
		type("temperature", "36.5");
		click(this.browser.findElement(By.id("submit-registration")));
		WebElement message = waitFor(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-field=idNumber]")));
		assertThat(message.getText()).isNotBlank();
		assertThat(this.browser.findElement(By.id("idNumber")).getAttribute("class")).contains("is-invalid");
		assertThat(this.browser.findElement(By.id("count-fevers")).getText()).isEqualTo(String.valueOf(before + 1));
	}

	@Test
	void aQrSelfRegistrationIsConfirmedByTheCrew() {
		String id = TestIds.next();
		this.browser.get(url("/q/" + this.selfRegistrations.tokenOf(this.station)));
		assertThat(this.browser.findElement(By.id("selfreg-checkpoint")).getText()).isEqualTo("神树火车站");
		assertThat(this.browser.getCurrentUrl()).doesNotContain(id);
		type("idNumber", id);
		type("name", "钱扫码");
		type("phone", "13700002222");
		new org.openqa.selenium.support.ui.Select(this.browser.findElement(By.id("travelMode"))).selectByValue("TRAIN");
		click(this.browser.findElement(By.id("self-submit")));
		String code = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("self-code"))).getText();
		assertThat(code).matches("\\d{6}");
		assertThat(this.browser.getCurrentUrl()).doesNotContain(id).doesNotContain("13700002222");
		assertThat(count(id, null)).isZero();

		this.browser.manage().deleteAllCookies();
		logInAsCrew();
		this.browser.get(url("/checkpoints/" + this.station + "/pending"));
		WebElement card = this.browser.findElements(By.className("pending-card"))
			.stream()
			.filter((c) -> c.getText().contains(code))
			.findFirst()
			.orElseThrow();
		card.findElement(By.className("confirm-temperature")).sendKeys("36.6");
		click(card.findElement(By.className("confirm-button")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("registered"), "钱扫码"));
		assertThat(count(id, "PASSED")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select source from registration where id_number_hash = ?", String.class,
				this.protection.lookupHash(id)))
			.isEqualTo("SELF");
	}

	@Test
	void aRegistrationMadeOfflineIsSentOnceWhenTheNetworkReturns() {
		logInAsCrew();
		this.browser.get(url("/checkpoints/" + this.station + "/register"));
		String id = TestIds.next();
		fillPerson(id, "孙离线");
		type("temperature", "36.5");

		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		this.browser.setNetworkConditions(offline);
		click(this.browser.findElement(By.id("submit-registration")));
		WebElement queue = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("queue-status")));
		assertThat(queue.getText()).contains("1");
		assertThat(this.browser.findElement(By.id("net-status")).getText()).isEqualTo("离线");
		assertThat(count(id, null)).isZero();

		this.browser.deleteNetworkConditions();
		this.browser.executeScript("window.dispatchEvent(new Event('online'))");
		waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("queue-status")));
		assertThat(count(id, null)).isEqualTo(1);
		// Sending again (a second online event, the periodic retry) never makes a second
		// row.
		this.browser.executeScript("window.dispatchEvent(new Event('online'))");
		sleep(Duration.ofSeconds(6));
		assertThat(count(id, null)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select late_entry from registration where id_number_hash = ?",
				Boolean.class, this.protection.lookupHash(id)))
			.as("sent within minutes of the crossing")
			.isFalse();
	}

	private void fillPerson(String idNumber, String name) {
		type("idNumber", idNumber);
		type("name", name);
		type("phone", "13900005555");
		click(this.browser.findElement(By.cssSelector("label[for=mode-TRAIN]")));
	}

	/**
	 * Rows for a traveller, found as the application finds them: by the keyed hash of the
	 * ID number.
	 */
	private long count(String idNumber, String outcome) {
		String hash = this.protection.lookupHash(idNumber);
		return (outcome == null)
				? this.jdbc.queryForObject("select count(*) from registration where id_number_hash = ?", Long.class,
						hash)
				: this.jdbc.queryForObject("select count(*) from registration where id_number_hash = ? and outcome = ?",
						Long.class, hash, outcome);
	}

	/**
	 * Clicks like a thumb: the element scrolled to the middle of the small screen first.
	 */
	private void click(WebElement element) {
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void logInAsCrew() {
		this.browser.get(url("/login"));
		type("username", "crew");
		type("password", "fangkong-demo");
		this.browser.findElement(By.id("login-submit")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
	}

	private void assertNoHorizontalScroll() {
		Object overflow = this.browser.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
		assertThat(overflow).as("page wider than the phone").isEqualTo(false);
	}

	private <T> T waitFor(ExpectedCondition<T> condition) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(15)).until(condition);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
