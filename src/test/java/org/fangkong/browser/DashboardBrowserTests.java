package org.fangkong.browser;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.checkpoint.RegistrationRequest;
import org.fangkong.checkpoint.RegistrationSource;
import org.fangkong.checkpoint.Registrations;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.support.Actors;
import org.fangkong.support.ChromiumBrowser;
import org.fangkong.support.DemoTree;
import org.fangkong.support.PostgresDatabase;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #10 item 2 in headless Chromium: the commander's dashboard draws its charts with
 * no console error; the wall mode has no menu, and a crossing registered while it is open
 * shows on it without a reload (htmx polling, every 2 seconds here).
 */
@ExtendWith({ PostgresDatabase.class, ChromiumBrowser.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "fangkong.reporting.wall-refresh-seconds=2")
@ActiveProfiles({ "demo", "test" })
class DashboardBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Registrations registrations;

	@Autowired
	Accounts accounts;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	ChromeDriver browser;

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theDashboardDrawsItsChartsAndTheWallRefreshesItselfWithoutAReload() {
		this.browser = ChromiumBrowser.start(1280, 900, "zh-CN");
		ChromiumBrowser.logIn(this.browser, this.port, "commander");
		this.browser.get(url("/dashboard"));
		waitFor().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".fk-chart canvas"), 3));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("指挥部大屏");
		assertThat(this.browser.findElement(By.id("tile-crossingsIn")).getText()).contains("进入人次");
		assertThat(ChromiumBrowser.consoleErrors(this.browser)).isEmpty();

		this.browser.get(url("/dashboard/wall"));
		waitFor().until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".fk-chart canvas"), 3));
		assertThat(this.browser.findElements(By.cssSelector("nav.fk-navbar"))).isEmpty();
		long before = crossingsIn();
		this.browser.executeScript("window.fkNotReloaded = true;");

		long station = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("神树火车站");
		this.registrations.register(Actors.demo(this.accounts, "crew"), station, UUID.randomUUID().toString(),
				new RegistrationRequest("IN", "RESIDENT_ID", TestIds.next(), "大屏测试", "13900007777", "LOCAL", "铁力市",
						null, "TRAIN", null, null, null, new BigDecimal("36.5"), "GREEN", null, null, null),
				RegistrationSource.CREW);

		waitFor().until((driver) -> crossingsIn() == before + 1);
		assertThat(this.browser.executeScript("return window.fkNotReloaded === true;")).isEqualTo(true);
		assertThat(this.browser.findElements(By.cssSelector(".fk-chart canvas")).size()).isGreaterThan(3);
		assertThat(ChromiumBrowser.consoleErrors(this.browser)).isEmpty();
	}

	private long crossingsIn() {
		// One script, so that a swap by the polling between finding and reading cannot
		// interfere.
		Object text = this.browser
			.executeScript("return document.querySelector('#tile-crossingsIn .fk-tile-value').textContent;");
		return Long.parseLong(String.valueOf(text).trim());
	}

	private WebDriverWait waitFor() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(20));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
