package org.fangkong.browser;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.supplies.DonationKind;
import org.fangkong.supplies.Donations;
import org.fangkong.supplies.DonorKind;
import org.fangkong.supplies.NewDonation;
import org.fangkong.supplies.NewMovement;
import org.fangkong.supplies.NewPlace;
import org.fangkong.supplies.PlaceKind;
import org.fangkong.supplies.Stock;
import org.fangkong.supplies.SuppliesSeeding;
import org.fangkong.support.Actors;
import org.fangkong.support.ChromiumBrowser;
import org.fangkong.support.DemoTree;
import org.fangkong.support.PostgresDatabase;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #17 on a 375 px phone in headless Chromium: the crew of 神树火车站 confirms a delivery
 * of donated masks, and anyone reads the public disclosure page without login, where an
 * anonymous donor is not named; a keeper sets a low-stock level for one place; the HQ
 * sets up a party branch and raises its flag, and issues a notice with an attachment.
 */
@ExtendWith({ PostgresDatabase.class, ChromiumBrowser.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class SuppliesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	Accounts accounts;

	@Autowired
	Stock stock;

	@Autowired
	Donations donations;

	@Autowired
	SuppliesSeeding seeding;

	@Autowired
	JdbcTemplate jdbc;

	ChromeDriver browser;

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theCrewConfirmsADeliveryOfDonatedMasksOnThePhone() {
		Actor commander = Actors.demo(this.accounts, "commander");
		long warehouse = this.stock.createPlace(commander, new NewPlace("浏览器测试仓库", PlaceKind.WAREHOUSE, null)).id();
		long n95 = this.seeding.itemId("MASK_N95");
		this.donations.receive(commander, new NewDonation("浏览器测试捐赠方", DonorKind.COMPANY, false, DonationKind.GOODS,
				null, warehouse, List.of(new NewDonation.Line(n95, 100L)), null));
		long station = new DemoTree(this.jurisdictions, this.checkpoints).checkpoint("神树火车站");
		long sent = this.stock.move(commander, new NewMovement(n95, warehouse, null, station, 77L, null, null, null))
			.get(0)
			.id();

		this.browser = ChromiumBrowser.start(375, 812, "zh-CN");
		ChromiumBrowser.logIn(this.browser, this.port, "crew");
		this.browser.get(url("/"));
		click(waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("#deliveries-waiting a"))));
		WebElement form = waitFor(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("form[action$='/supplies/deliveries/" + sent + "/confirm']")));
		WebElement card = form.findElement(By.xpath("ancestor::div[contains(@class,'delivery')]"));
		assertThat(card.getText()).contains("77").contains("浏览器测试仓库");
		assertNoHorizontalScroll();
		click(form.findElement(By.cssSelector("button")));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(this.jdbc.queryForObject("select confirmed_by from stock_movement where id = ?", String.class, sent))
			.isEqualTo("crew");
		assertThat(this.jdbc.queryForObject("""
				select sum(s.quantity) from stock s join supply_place p on p.id = s.place_id
				where p.checkpoint_id = ? and s.lot_id = (select lot_id from stock_movement where id = ?)""",
				Long.class, station, sent))
			.isEqualTo(77);
	}

	@Test
	void anyoneReadsThePublicDisclosureWithoutTheAnonymousDonorsName() {
		Actor commander = Actors.demo(this.accounts, "commander");
		this.donations.receive(commander, new NewDonation("不愿具名的浏览器测试人", DonorKind.INDIVIDUAL, true, DonationKind.CASH,
				new BigDecimal("2020.00"), null, List.of(), null));
		this.donations.receive(commander, new NewDonation("浏览器公开企业", DonorKind.COMPANY, false, DonationKind.CASH,
				new BigDecimal("3000.00"), null, List.of(), null));
		this.browser = ChromiumBrowser.start(375, 812, "zh-CN");
		this.browser.get(url("/public/donations"));
		WebElement list = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("public-donations")));
		assertThat(this.browser.getCurrentUrl()).doesNotContain("/login");
		assertThat(list.getText()).contains("浏览器公开企业").contains("匿名捐赠");
		assertThat(this.browser.getPageSource()).doesNotContain("不愿具名的浏览器测试人");
		assertThat(this.browser.findElement(By.id("cash-total")).getText()).startsWith("¥");
		assertNoHorizontalScroll();
	}

	@Test
	void aKeeperSetsALowStockLevelForOnePlaceOnThePhone() {
		Actor commander = Actors.demo(this.accounts, "commander");
		long warehouse = this.stock.createPlace(commander, new NewPlace("浏览器预警仓库", PlaceKind.WAREHOUSE, null)).id();
		long alcohol = this.seeding.itemId("ALCOHOL");
		this.stock.move(commander, new NewMovement(alcohol, null, warehouse, null, 150L, null, "CG-B1", null));
		this.browser = ChromiumBrowser.start(375, 812, "zh-CN");
		ChromiumBrowser.logIn(this.browser, this.port, "commander");
		this.browser.get(url("/supplies/stock?placeId=" + warehouse));
		WebElement row = waitFor(
				ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stock-table .stock-row")));
		assertThat(row.getAttribute("class")).doesNotContain("table-warning");
		// on the phone the level is folded under the item
		click(row.findElement(By.cssSelector(".level-details summary")));
		WebElement level = row.findElement(By.cssSelector(".level-details input[name='lowLevel']"));
		level.clear();
		level.sendKeys("200");
		click(row.findElement(By.cssSelector(".level-details .level-form button")));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(this.browser.findElement(By.cssSelector("#stock-table .stock-row")).getAttribute("class"))
			.contains("table-warning");
		assertThat(this.jdbc.queryForObject("select low_level from stock_level where item_id = ? and place_id = ?",
				Long.class, alcohol, warehouse))
			.isEqualTo(200);
		assertNoHorizontalScroll();
	}

	@Test
	void theHqSetsUpAPartyBranchAndRaisesItsFlagOnThePhone() {
		this.browser = ChromiumBrowser.start(375, 812, "zh-CN");
		ChromiumBrowser.logIn(this.browser, this.port, "commander");
		this.browser.get(url("/party"));
		this.browser
			.get(waitFor(ExpectedConditions.presenceOfElementLocated(By.id("branch-new"))).getAttribute("href"));
		this.browser.findElement(By.id("name")).sendKeys("浏览器测试卡点临时党支部");
		new org.openqa.selenium.support.ui.Select(this.browser.findElement(By.id("kind")))
			.selectByValue("CHECKPOINT_GROUP");
		this.browser.findElement(By.id("attachedTo")).sendKeys("神树火车站");
		this.browser.findElement(By.id("secretary")).sendKeys("浏览书记");
		this.browser.findElement(By.id("members")).sendKeys("浏览党员甲，神树镇\n浏览党员乙");
		click(this.browser.findElement(By.id("branch-save")));
		WebElement members = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("members-table")));
		assertThat(members.getText()).contains("浏览书记", "浏览党员甲", "神树镇", "浏览党员乙");
		new org.openqa.selenium.support.ui.Select(this.browser.findElement(By.id("checkpointId")))
			.selectByVisibleText("神树火车站");
		click(this.browser.findElement(By.id("flag-raise")));
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("flags"), "神树火车站"));
		assertNoHorizontalScroll();
		assertThat(ChromiumBrowser.consoleErrors(this.browser)).isEmpty();
	}

	@Test
	void theHqIssuesANoticeWithAnAttachmentThatTheTownshipDownloads() throws Exception {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("notice-", ".pdf");
		java.nio.file.Files.writeString(file, "%PDF-1.4\n% browser test\n");
		this.browser = ChromiumBrowser.start(375, 812, "zh-CN");
		ChromiumBrowser.logIn(this.browser, this.port, "commander");
		this.browser.get(url("/notices/new"));
		this.browser.findElement(By.id("title")).sendKeys("浏览器附件通知");
		this.browser.findElement(By.id("text")).sendKeys("方案见附件。");
		long township = Actors.demo(this.accounts, "township").jurisdictionId();
		click(this.browser.findElement(By.id("node-" + township)));
		this.browser.findElement(By.id("files")).sendKeys(file.toString());
		click(this.browser.findElement(By.id("issue-notice")));
		WebElement attachments = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("attachments")));
		assertThat(attachments.getText()).contains(file.getFileName().toString());
		assertNoHorizontalScroll();
		assertThat(ChromiumBrowser.consoleErrors(this.browser)).isEmpty();
		java.nio.file.Files.deleteIfExists(file);
	}

	private void click(WebElement element) {
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
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
