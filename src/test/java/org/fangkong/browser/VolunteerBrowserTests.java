package org.fangkong.browser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.fangkong.identity.Accounts;
import org.fangkong.support.Actors;
import org.fangkong.support.ChromiumBrowser;
import org.fangkong.support.PostgresDatabase;
import org.fangkong.volunteer.Dispatch;
import org.fangkong.volunteer.DispatchQueries;
import org.fangkong.volunteer.NewOrder;
import org.fangkong.volunteer.NewVolunteer;
import org.fangkong.volunteer.OrderStatus;
import org.fangkong.volunteer.Volunteers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
 * Issue #15 "done when": the HQ issues an order to the demo volunteer, who accepts it,
 * checks in and completes it with a note on a 375 px phone; the HQ board then no longer
 * lists it and the order is DONE with every step kept. A township registers a volunteer,
 * forms a team with members and assigns it a building on the same phone, each form first
 * answering bad input under its field.
 */
@ExtendWith({ PostgresDatabase.class, ChromiumBrowser.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class VolunteerBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Dispatch dispatch;

	@Autowired
	DispatchQueries queries;

	@Autowired
	Volunteers volunteers;

	@Autowired
	Accounts accounts;

	@Autowired
	Clock clock;

	ChromeDriver browser;

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aVolunteerCarriesOutAnOrderFromIssueToCompletionOnAPhone() {
		var commander = Actors.demo(this.accounts, "commander");
		long me = this.volunteers.me(Actors.demo(this.accounts, "volunteer")).id();
		Instant from = Instant.now(this.clock).plus(9, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		long order = this.dispatch
			.issue(commander,
					new NewOrder("浏览器任务：协助卡点测温", null, 46.98, 128.02, from, from.plusSeconds(4 * 3600), 1, null, null,
							null, List.of(me)))
			.id();

		this.browser = ChromiumBrowser.start(375, 812, "zh-CN");
		ChromiumBrowser.logIn(this.browser, this.port, "volunteer");
		this.browser.get(url("/my-orders"));
		click(card(order).findElement(By.className("accept")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "已接受任务"));
		assertThat(card(order).findElement(By.className("my-state")).getText()).isEqualTo("已接受");
		click(card(order).findElement(By.className("check-in")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "已签到"));
		card(order).findElement(By.className("note")).sendKeys("测温 120 人，无发热");
		click(card(order).findElement(By.className("complete")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "任务已完成"));
		assertThat(card(order).getText()).contains("已完成", "测温 120 人，无发热");
		assertThat(card(order).findElements(By.tagName("button"))).isEmpty();
		assertThat(this.browser.findElement(By.id("my-hours")).getText()).contains("本月服务");
		Number width = (Number) this.browser.executeScript("return document.documentElement.scrollWidth");
		assertThat(width.intValue()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
		assertThat(ChromiumBrowser.consoleErrors(this.browser)).isEmpty();

		DispatchQueries.OrderView done = this.queries.get(commander, order);
		assertThat(done.status()).isEqualTo(OrderStatus.DONE);
		assertThat(done.steps()).extracting(Dispatch.StepView::actor).contains("commander", "volunteer");
		assertThat(this.queries.board(commander).open()).extracting(DispatchQueries.OrderView::id)
			.doesNotContain(order);
	}

	@Test
	void aTownshipRegistersAVolunteerFormsATeamAndAssignsABuildingOnAPhone() {
		this.browser = ChromiumBrowser.start(375, 812, "zh-CN");
		ChromiumBrowser.logIn(this.browser, this.port, "township");
		this.browser.get(url("/volunteers/reserve"));
		this.browser
			.get(waitFor(ExpectedConditions.presenceOfElementLocated(By.id("new-volunteer"))).getAttribute("href"));
		type("name", "浏览器志愿者");
		type("phone", "1371234");
		click(this.browser.findElement(By.id("save-volunteer")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("volunteer-form"), "手机号须为 11 位"));
		assertThat(this.browser.findElement(By.id("volunteer-form")).getText()).contains("此项必填");
		type("phone", "13712340000");
		setDate("birthDate", "1992-06-01");
		click(this.browser.findElement(By.cssSelector("#skills input[value='DRIVING']")));
		click(this.browser.findElement(By.id("save-volunteer")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "志愿者信息已保存"));
		assertNoSidewaysScrolling();

		this.browser.get(url("/volunteers/teams/new"));
		type("name", "浏览器突击队");
		click(this.browser.findElement(By.id("save-team")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "队伍已组建"));
		List<WebElement> boxes = this.browser.findElements(By.cssSelector("#member-boxes input.member"));
		assertThat(boxes).hasSizeGreaterThan(2);
		click(boxes.get(0));
		click(boxes.get(1));
		click(this.browser.findElement(By.id("save-team")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "队伍已保存"));
		assertThat(this.browser.findElements(By.cssSelector("#team-members li"))).hasSize(2);
		assertNoSidewaysScrolling();

		click(this.browser.findElement(By.id("assign-unit")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-form"), "此项必填"));
		new org.openqa.selenium.support.ui.Select(this.browser.findElement(By.id("jurisdictionId"))).selectByIndex(1);
		new org.openqa.selenium.support.ui.Select(this.browser.findElement(By.id("workUnitId"))).selectByIndex(1);
		click(this.browser.findElement(By.id("assign-unit")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "已分配包保单位"));
		assertThat(this.browser.findElements(By.cssSelector("#team-units li"))).hasSize(1);
		assertNoSidewaysScrolling();
		assertThat(ChromiumBrowser.consoleErrors(this.browser)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 375, 1280 })
	void theHqIssuesAnOrderToNamedPeopleAtAPointOfTheMapFromTheBoard(int width) {
		var commander = Actors.demo(this.accounts, "commander");
		String tag = "点名" + width + "-" + Long.toString(System.nanoTime() % 100_000, 36);
		List<Long> named = List.of("甲", "乙")
			.stream()
			.map((n) -> this.volunteers
				.add(commander,
						new NewVolunteer(tag + n, "浏览器单位", java.time.LocalDate.of(1988, 3, 4), null, null, null, null,
								null, null, null, null))
				.id())
			.toList();
		this.browser = ChromiumBrowser.start(width, (width < 600) ? 812 : 900, "zh-CN");
		ChromiumBrowser.logIn(this.browser, this.port, "commander");
		this.browser.get(url("/volunteers"));
		type("task", "浏览器点名任务 " + tag);
		new org.openqa.selenium.support.ui.Select(this.browser.findElement(By.id("jurisdictionId")))
			.selectByValue("point");
		WebElement map = waitFor(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#order-map.leaflet-container")));
		click(map);
		waitFor((driver) -> !this.browser.findElement(By.id("latitude")).getDomProperty("value").isEmpty());
		new org.openqa.selenium.support.ui.Select(this.browser.findElement(By.id("target"))).selectByValue("people");
		type("people-q", tag);
		click(this.browser.findElement(By.id("people-find")));
		List<WebElement> found = waitFor(
				ExpectedConditions.numberOfElementsToBe(By.cssSelector("#order-people .found-person input"), 2));
		found.forEach(this::click);
		if (width < 600) {
			assertNoSidewaysScrolling();
		}
		click(this.browser.findElement(By.id("issue")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "调派指令已下达"));
		String path = this.browser.getCurrentUrl();
		long order = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
		DispatchQueries.OrderView issued = this.queries.get(commander, order);
		assertThat(issued.people()).extracting(DispatchQueries.AssignmentView::volunteerId)
			.containsExactlyInAnyOrderElementsOf(named);
		assertThat(issued.latitude()).isNotNull();
		assertThat(issued.longitude()).isNotNull();
		assertThat(ChromiumBrowser.consoleErrors(this.browser)).isEmpty();
	}

	private void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", field);
		field.clear();
		field.sendKeys(text);
	}

	private void setDate(String id, String isoDate) {
		this.browser.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, isoDate);
	}

	private void assertNoSidewaysScrolling() {
		Number width = (Number) this.browser.executeScript("return document.documentElement.scrollWidth");
		assertThat(width.intValue()).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
	}

	private WebElement card(long order) {
		return waitFor(
				ExpectedConditions.presenceOfElementLocated(By.cssSelector(".my-order[data-order='" + order + "']")));
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
