package org.fangkong.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fangkong.reporting.DailyReports;
import org.fangkong.support.ChromiumBrowser;
import org.fangkong.support.PostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily report in headless Chromium (issue #10 items 3, 4): the grid worker of 东岗社区
 * fills in and submits on a phone, the township officer returns it with a reason on a
 * desktop, the grid worker sees the reason, corrects and submits again, the township
 * approves; no console error on the way.
 */
@ExtendWith({ PostgresDatabase.class, ChromiumBrowser.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class DailyReportBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	DailyReports reports;

	ChromeDriver browser;

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theGridSubmitsTheTownshipReturnsTheGridCorrectsAndTheTownshipApproves() {
		LocalDate day = this.reports.windows().dueDate(Instant.now()).minusDays(11);

		as("grid", 375);
		this.browser.get(url("/daily-reports/open?date=" + day));
		WebElement visits = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("typed-screening.homeVisits")));
		visits.sendKeys("7");
		this.browser.findElement(By.id("remark")).sendKeys("入户走访 7 户");
		click(this.browser.findElement(By.id("report-submit")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.className("state-badge"), "已上报"));
		assertThat(this.browser.findElements(By.id("report-submit"))).isEmpty();
		String reportUrl = this.browser.getCurrentUrl();
		assertNoConsoleError();
		this.browser.quit();

		as("township", 1280);
		this.browser.get(url("/daily-reports?date=" + day));
		WebElement row = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("daily-report-units")))
			.findElements(By.className("unit-row"))
			.stream()
			.filter((r) -> r.getText().contains("东岗社区"))
			.findFirst()
			.orElseThrow();
		assertThat(row.getText()).contains("已上报");
		click(row.findElement(By.className("unit-open")));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("report-approve")));
		assertThat(this.browser.findElement(By.id("remark")).getText()).isEqualTo("入户走访 7 户");
		this.browser.findElement(By.id("reason")).sendKeys("走访户数与台账不符");
		click(this.browser.findElement(By.id("report-return")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.className("state-badge"), "已退回"));
		assertNoConsoleError();
		this.browser.quit();

		as("grid", 375);
		this.browser.get(reportUrl);
		assertThat(waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("return-reason"))).getText())
			.contains("走访户数与台账不符");
		WebElement corrected = this.browser.findElement(By.id("typed-screening.homeVisits"));
		corrected.clear();
		corrected.sendKeys("9");
		click(this.browser.findElement(By.id("report-submit")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.className("state-badge"), "已上报"));
		this.browser.quit();

		as("township", 1280);
		this.browser.get(reportUrl);
		click(waitFor(ExpectedConditions.elementToBeClickable(By.id("report-approve"))));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.className("state-badge"), "已审核"));
		assertThat(this.browser.findElement(By.id("report-history")).getText()).contains("退回", "审核通过", "走访户数与台账不符");
		assertThat(this.browser.findElement(By.id("report-pdf")).getAttribute("href")).endsWith(".pdf");
		assertNoConsoleError();
	}

	private void as(String user, int width) {
		this.browser = ChromiumBrowser.start(width, 900, "zh-CN");
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(user);
		this.browser.findElement(By.id("password")).sendKeys("fangkong-demo");
		this.browser.findElement(By.id("login-submit")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("user-menu")));
	}

	private void assertNoConsoleError() {
		List<LogEntry> errors = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.toList();
		assertThat(errors).as("console errors").isEmpty();
	}

	private void click(WebElement element) {
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	private <T> T waitFor(ExpectedCondition<T> condition) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(15)).until(condition);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
