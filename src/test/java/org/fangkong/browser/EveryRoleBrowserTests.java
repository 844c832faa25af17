package org.fangkong.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fangkong.support.ChromiumBrowser;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No dead ends (issue #8 item 5): every demo user logs in, opens every link of their menu
 * and home page, and no page answers 403, 404 or 500 or writes an error to the browser
 * console; the links on those pages (one step further: a checkpoint's day, a screening, a
 * working group) answer without 403, 404 or 500 too.
 */
@ExtendWith({ PostgresDatabase.class, ChromiumBrowser.class })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class EveryRoleBrowserTests {

	private static final String STATUSES = """
			var urls = arguments[0], done = arguments[arguments.length - 1], out = {}, i = 0;
			function next() {
				if (i >= urls.length) { done(out); return; }
				var url = urls[i++];
				fetch(url, { credentials: 'same-origin' })
					.then(function (r) { out[url] = r.status + (r.url.indexOf('/login') >= 0 ? ' login' : ''); })
					.catch(function (e) { out[url] = 'failed ' + e; })
					.then(next);
			}
			next();
			""";

	@LocalServerPort
	int port;

	/**
	 * One browser for every user (a start costs seconds): cookies cleared between them.
	 */
	static WebDriver shared;

	WebDriver browser;

	@AfterAll
	static void quit() {
		if (shared != null) {
			shared.quit();
			shared = null;
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "commander", "hq-screening", "township", "grid", "grid2", "crew", "medic",
			"hotline", "publicity", "volunteer" })
	void everyLinkOfTheMenuAndTheHomePageOpensWithoutAnError(String username) {
		assertThat(DemoUsers.ROLES).containsKey(username);
		if (shared == null) {
			shared = ChromiumBrowser.start(1280, 900, "zh-CN");
		}
		this.browser = shared;
		this.browser.manage().deleteAllCookies();
		ChromiumBrowser.logIn(this.browser, this.port, username);
		List<String> firstStep = links();
		assertThat(firstStep).as("links of the menu and home page").isNotEmpty();
		Map<String, String> failures = new LinkedHashMap<>();
		Set<String> secondStep = new LinkedHashSet<>();
		for (String link : firstStep) {
			this.browser.get(link);
			String status = navigationStatus(link);
			if (!"200".equals(status)) {
				failures.put(link, status);
				continue;
			}
			List<String> errors = ChromiumBrowser.consoleErrors(this.browser);
			if (!errors.isEmpty()) {
				failures.put(link, "console: " + errors);
			}
			secondStep.addAll(links());
		}
		secondStep.removeAll(firstStep);
		List<String> further = new ArrayList<>(secondStep);
		statuses(further).forEach((link, status) -> {
			if (!"200".equals(status)) {
				failures.put(link, status);
			}
		});
		assertThat(failures)
			.as(username + ": links that end in an error (of " + firstStep.size() + " + " + further.size() + " links)")
			.isEmpty();
	}

	/**
	 * Same-origin links to follow on the page: no language switch, no logout, no anchor.
	 */
	@SuppressWarnings("unchecked")
	private List<String> links() {
		List<String> hrefs = (List<String>) ((JavascriptExecutor) this.browser).executeScript(
				"return Array.from(document.querySelectorAll('a[href]')).map(function (a) { return a.href; })"
						+ ".filter(function (h) { return h.indexOf(location.origin + '/') === 0; })");
		return hrefs.stream()
			.map((href) -> href.contains("#") ? href.substring(0, href.indexOf('#')) : href)
			.filter((href) -> !href.isEmpty() && !href.contains("lang=") && !href.contains("/logout")
					&& !href.endsWith("/export") && !href.contains("/export?"))
			.distinct()
			.toList();
	}

	/**
	 * The status of the page just opened, from the browser's navigation timing (no second
	 * request); a page that ended on the login form counts as {@code login}.
	 */
	private String navigationStatus(String link) {
		Object status = ((JavascriptExecutor) this.browser).executeScript(
				"var n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : null;");
		if (status == null || "0".equals(String.valueOf(status))) {
			return statuses(List.of(link)).get(link);
		}
		return status + (this.browser.getCurrentUrl().contains("/login") ? " login" : "");
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> statuses(List<String> urls) {
		this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
		Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) this.browser)
			.executeAsyncScript(STATUSES, urls);
		Map<String, String> statuses = new LinkedHashMap<>();
		answer.forEach((url, status) -> statuses.put(url, String.valueOf(status)));
		return statuses;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
