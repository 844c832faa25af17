package org.fangkong.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.screening.NewScreening;
import org.fangkong.screening.Screenings;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.support.Actors;
import org.fangkong.support.ChromiumBrowser;
import org.fangkong.support.DemoTree;
import org.fangkong.support.PostgresDatabase;
import org.fangkong.support.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grid worker's day in headless Chromium on a phone: open the follow-ups, record a
 * check, see it done.
 */
@ExtendWith({ PostgresDatabase.class, ChromiumBrowser.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class GridWorkerBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Screenings screenings;

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
	void theGridWorkerOpensTodaysFollowUpsRecordsACheckAndSeesItDone() {
		long xinYi = new DemoTree(this.jurisdictions, this.checkpoints).node("新一村");
		Actor grid2 = Actors.user("grid2").role(Role.GRID_WORKER).node(xinYi).build();
		LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
		Screenings.ScreeningView screening = this.screenings.create(grid2,
				new NewScreening("冯随访", null, "RESIDENT_ID", TestIds.next(), "13900004444", null, "新一村三组", xinYi,
						"GRID_FOUND", "HUBEI", "荆州", null, yesterday, "COACH", null, null, null, null, null, null, null,
						null));

		this.browser = ChromiumBrowser.start(375, 812, "zh-CN");
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys("grid2");
		this.browser.findElement(By.id("password")).sendKeys("fangkong-demo");
		this.browser.findElement(By.id("login-submit")).click();
		WebElement followUps = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("follow-ups")));
		WebElement row = followUps.findElements(By.className("follow-up"))
			.stream()
			.filter((r) -> r.getText().contains("冯随访"))
			.findFirst()
			.orElseThrow();
		long doneBefore = row.findElements(By.className("fk-slot-DONE")).size();
		click(row.findElement(By.linkText("冯随访")));

		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("person-name"), "冯随访"));
		assertThat(this.browser.findElement(By.id("responsible")).getText()).contains("新一村", "工农乡");
		this.browser.findElement(By.id("check-temperature")).sendKeys("36.4");
		click(this.browser.findElement(By.id("save-check")));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.className("check-row")));
		assertThat(this.browser.findElement(By.className("check-row")).getText()).contains("36.4");

		this.browser.get(url("/"));
		WebElement after = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("follow-ups")))
			.findElements(By.className("follow-up"))
			.stream()
			.filter((r) -> r.getText().contains("冯随访"))
			.findFirst()
			.orElseThrow();
		assertThat(after.findElements(By.className("fk-slot-DONE"))).hasSize((int) doneBefore + 1);
		assertThat(screening.measureEnd()).isEqualTo(yesterday.plusDays(14));
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
