package org.fangkong.cases;

import java.time.Duration;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.JurisdictionSeeding;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.jurisdiction.NewNode;
import org.fangkong.jurisdiction.NodeKind;
import org.fangkong.support.Actors;
import org.fangkong.support.ChromiumBrowser;
import org.fangkong.support.DemoTree;
import org.fangkong.support.PostgresDatabase;
import org.fangkong.support.ScreeningJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The investigator's page on a 375 px phone (issue #13 item 6): a medic opens a case from
 * the list, accepts the household member the records propose (who is then under
 * centralised isolation), records a place the case visited, and sees the chain drawn.
 */
@ExtendWith({ PostgresDatabase.class, ChromiumBrowser.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class CasesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	JurisdictionSeeding seeding;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	Cases cases;

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
	void anInvestigatorAcceptsAProposedContactAndSeesTheChain() {
		long household = freshHousehold();
		long patient = report(household, "辛浏览病例");
		long relative = report(household, "壬浏览家属");
		long id = this.cases
			.open(Actors.demo(this.accounts, "medic"), new Cases.NewCase(patient, CaseClassification.CONFIRMED, null))
			.id();

		ChromiumBrowser.logIn(this.browser, this.port, "medic");
		this.browser.get(url("/cases"));
		this.browser.get(this.browser.findElement(By.cssSelector("a.case-link[href$='/cases/" + id + "']"))
			.getAttribute("href"));
		assertThat(this.browser.findElement(By.id("case-name")).getText()).isEqualTo("辛浏览病例");
		WebElement candidate = this.browser
			.findElement(By.cssSelector("#candidates li.candidate[data-person='" + relative + "']"));
		assertThat(candidate.getText()).contains("壬浏览家属", "同户");
		press(candidate.findElement(By.cssSelector("button.candidate-accept")));
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contacts"), "壬浏览家属"));
		assertThat(this.browser.findElement(By.id("contacts")).getText()).contains("同户", "集中隔离");
		assertThat(
				this.browser.findElements(By.cssSelector("#candidates li.candidate[data-person='" + relative + "']")))
			.isEmpty();

		this.browser.findElement(By.id("place")).sendKeys("铁力市东岗农贸市场");
		this.browser.executeScript("document.getElementById('visitedFrom').value = '2026-11-28T09:30';");
		press(this.browser.findElement(By.id("visit-button")));
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("visits"), "铁力市东岗农贸市场"));

		this.browser.get(url("/cases/chains"));
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until((driver) -> {
			String drawn = driver.findElement(By.id("case-chain")).getAttribute("data-drawn");
			return drawn != null && Integer.parseInt(drawn) >= 2;
		});
		assertThat(ChromiumBrowser.consoleErrors(this.browser)).isEmpty();
	}

	private void press(WebElement button) {
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
		button.click();
	}

	private long report(long household, String name) {
		String created = RestClient.create(url(""))
			.post()
			.uri("/api/v1/screenings")
			.headers((headers) -> headers.setBasicAuth("grid", "fangkong-demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(ScreeningJson.in(household).name(name).json())
			.retrieve()
			.body(String.class);
		return ((Number) JsonPath.read(created, "$.personId")).longValue();
	}

	private long freshHousehold() {
		DemoTree tree = new DemoTree(this.jurisdictions, this.checkpoints);
		JurisdictionView first = this.jurisdictions.find(tree.firstHousehold("东岗社区")).orElseThrow();
		String code = "T13B" + UUID.randomUUID().toString().substring(0, 8);
		return this.seeding
			.add(new NewNode(first.parentId(), code, "浏览测试户 " + code, NodeKind.HOUSEHOLD, null, null, null, null,
					false))
			.id();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
