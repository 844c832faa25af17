package org.fangkong.support;

import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.By;
import java.util.logging.Level;
import java.util.List;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver, headless. Nothing is ever downloaded: the binaries
 * are given by path, so Selenium Manager has nothing to do. Without them the browser
 * tests are skipped loudly, and fail under {@code CI=true}.
 */
public class ChromiumBrowser implements ExecutionCondition {

	static final String CHROMIUM = System.getProperty("fangkong.chromium", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getProperty("fangkong.chromedriver", "/usr/bin/chromedriver");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER))) {
			return ConditionEvaluationResult.enabled("Chromium is installed");
		}
		String message = "Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER + ") is not installed";
		if (PostgresDatabase.isCi()) {
			throw new IllegalStateException("CI=true and " + message + " (.ci/run installs them)");
		}
		System.err.println("**** SKIPPED " + context.getDisplayName() + ": " + message);
		return ConditionEvaluationResult.disabled(message);
	}

	/**
	 * A headless Chromium with a phone-sized or desktop window, speaking {@code language}
	 * first.
	 */
	public static ChromeDriver start(int width, int height, String language) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=" + width + "," + height, "--lang=" + language);
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
		// the browser console, for the tests that look for errors in it
		org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
		logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		if (width < 600) {
			// A desktop window cannot be narrower than about 500 px: a phone needs
			// Chromium's device emulation.
			options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
					java.util.Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

	/**
	 * Logs a demo user in with the demo password and waits for the home page; the console
	 * messages of the login are read and dropped.
	 */
	public static void logIn(WebDriver browser, int port, String username) {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
		browser.findElement(By.id("login-submit")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
		consoleErrors(browser);
	}

	/** The errors written to the browser console since the last call. */
	public static List<String> consoleErrors(WebDriver browser) {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

}
