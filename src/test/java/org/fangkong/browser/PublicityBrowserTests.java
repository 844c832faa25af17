package org.fangkong.browser;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.disinfection.DisinfectionPlan;
import org.fangkong.disinfection.DisinfectionTasks;
import org.fangkong.disinfection.PlaceRequest;
import org.fangkong.disinfection.TaskGeneration;
import org.fangkong.disinfection.TaskStatus;
import org.fangkong.disinfection.TaskView;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.publicity.Pledges;
import org.fangkong.shared.Actor;
import org.fangkong.support.Actors;
import org.fangkong.support.ChromiumBrowser;
import org.fangkong.support.DemoTree;
import org.fangkong.support.PostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16 in headless Chromium on a 375 px phone: a grid worker completes a
 * disinfection task of the day with a photo; a citizen takes the pledge on the public
 * page (the browser does the proof of work) and sees the counter grow.
 */
@ExtendWith({ PostgresDatabase.class, ChromiumBrowser.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class PublicityBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	DisinfectionPlan plan;

	@Autowired
	DisinfectionTasks tasks;

	@Autowired
	TaskGeneration generation;

	@Autowired
	Pledges pledges;

	@Autowired
	Accounts accounts;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

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
	void aGridWorkerCompletesTodaysDisinfectionOnThePhoneWithAPhoto() throws Exception {
		Actor township = Actors.demo(this.accounts, "township");
		String name = "浏览器测试垃圾点" + UUID.randomUUID().toString().substring(0, 6);
		long place = this.plan.add(township,
				new PlaceRequest(name, "GARBAGE_POINT", new DemoTree(this.jurisdictions, this.checkpoints).node("东岗社区"),
						null, null, null, null, null, null, null));
		LocalDate today = LocalDate.now(this.clock);
		this.generation.generate(today);
		Path photo = Files.createTempFile("disinfection", ".png");
		ImageIO.write(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());

		this.browser = ChromiumBrowser.start(375, 812, "zh-CN");
		ChromiumBrowser.logIn(this.browser, this.port, "grid");
		org.openqa.selenium.WebElement card = this.browser.findElement(By.cssSelector("#disinfection-today a"));
		// follow the links as a tap does: the page scrolls smoothly, so a click computed
		// before the scroll ends may land on another element
		this.browser.get(card.getAttribute("href"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("disinfection-tasks")));
		org.openqa.selenium.WebElement open = this.browser
			.findElement(By.xpath("//li[contains(@class,'disinfection-task')][.//div[text()='" + name
					+ "']]//a[contains(@class,'task-open')]"));
		this.browser.get(open.getAttribute("href"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("complete-form")));
		this.browser.findElement(By.id("team")).sendKeys("东岗社区消杀队");
		this.browser.findElement(By.id("agent")).sendKeys("84消毒液 1:100");
		this.browser.findElement(By.id("areaM2")).sendKeys("150");
		this.browser.findElement(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
		this.browser.findElement(By.id("complete-submit")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));

		TaskView task = this.tasks.dueOn(township, today)
			.stream()
			.filter((t) -> t.placeId() == place)
			.findFirst()
			.orElseThrow();
		assertThat(task.status()).isEqualTo(TaskStatus.DONE);
		assertThat(task.team()).isEqualTo("东岗社区消杀队");
		assertThat(task.areaM2()).isEqualTo(150);
		assertThat(task.photo()).isTrue();
		assertThat(ChromiumBrowser.consoleErrors(this.browser)).isEmpty();
		Files.deleteIfExists(photo);
	}

	@Test
	void aCitizenTakesThePledgeOnThePhone() {
		long before = this.pledges.count().count();
		this.browser = ChromiumBrowser.start(375, 812, "zh-CN");
		this.browser.get("http://localhost:" + this.port + "/pledge");
		new Select(this.browser.findElement(By.id("townshipId")))
			.selectByVisibleText(this.pledges.townships().get(0).name());
		this.browser.findElement(By.id("name")).sendKeys("李四");
		this.browser.findElement(By.id("pledge-submit")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("pledge-thanks")));
		assertThat(this.pledges.count().count()).isGreaterThan(before);
		long shown = Long.parseLong(this.browser.findElement(By.id("pledge-total")).getText().replace(",", ""));
		assertThat(shown).isGreaterThan(before);
		assertThat(ChromiumBrowser.consoleErrors(this.browser)).isEmpty();
	}

	private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(condition);
	}

}
