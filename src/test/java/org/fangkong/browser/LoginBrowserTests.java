package org.fangkong.browser;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

import org.fangkong.support.ChromiumBrowser;
import org.fangkong.support.PostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person does, in headless Chromium: log in, read the home page in Chinese, switch
 * to English, log out.
 */
@ExtendWith({ PostgresDatabase.class, ChromiumBrowser.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class LoginBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theCommanderLogsInReadsChineseSwitchesToEnglishAndLogsOut() {
		this.browser = ChromiumBrowser.start(1280, 900, "zh-CN");
		logIn("commander");
		assertThat(text("#welcome")).startsWith("您好");
		assertThat(this.browser.getPageSource()).contains("指挥部领导", "重要关口", "村屯卡点");
		assertThat(text("#stat-key")).isEqualTo("11");

		this.browser.findElement(By.id("lang-en")).click();
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("welcome"), "Welcome"));
		assertThat(this.browser.getPageSource()).contains("Commander", "Key checkpoints");

		this.browser.findElement(By.id("user-menu")).click();
		waitFor(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
		waitFor(ExpectedConditions.urlContains("/login?logout"));
		assertThat(this.browser.getPageSource()).contains("You have logged out.");
		this.browser.get(url("/"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/login");
	}

	@Test
	void aCrewMemberLogsInOnAPhoneSizedScreen() {
		this.browser = ChromiumBrowser.start(375, 740, "zh-CN");
		logIn("crew");
		assertThat(text("#welcome")).contains("神树火车站");
		assertThat(this.browser.findElement(By.className("my-checkpoint")).getText()).isEqualTo("神树火车站");
		Object overflow = ((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
		assertThat(overflow).as("page wider than the phone").isEqualTo(false);
		this.browser.findElement(By.className("navbar-toggler")).click();
		waitFor(ExpectedConditions.elementToBeClickable(By.linkText("卡点"))).click();
		waitFor(ExpectedConditions.urlContains("/checkpoints"));
		assertThat(this.browser.findElements(By.className("checkpoint-row"))).isNotEmpty();
	}

	@Test
	void aWrongPasswordShowsTheSameMessageAsAnUnknownUser() {
		this.browser = ChromiumBrowser.start(1280, 900, "zh-CN");
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys("no-such-user");
		this.browser.findElement(By.id("password")).sendKeys("whatever-password");
		this.browser.findElement(By.id("login-submit")).click();
		String unknown = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("login-error"))).getText();
		assertThat(unknown).contains("用户名或密码错误");
	}

	private void logIn(String username) {
		this.browser.get(url("/login"));
		assertThat(this.browser.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("用户名");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys("fangkong-demo");
		this.browser.findElement(By.id("login-submit")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

	private <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(condition);
	}

	/**
	 * Crews open their pages on phones over roadside networks: a client that accepts gzip
	 * gets the page compressed, and one that does not gets it as it is.
	 */
	@Test
	void pagesGoCompressedToAClientThatAcceptsGzip() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<byte[]> gzipped = client.send(HttpRequest.newBuilder(URI.create(url("/login")))
			.header("Accept-Encoding", "gzip")
			.header("Accept-Language", "zh-CN")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String page;
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(page).contains("id=\"username\"");
		assertThat(gzipped.body().length).isLessThan(page.getBytes(StandardCharsets.UTF_8).length / 2);

		HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(plain.body()).contains("id=\"username\"");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
