package org.fangkong.identity;

import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * SECURITY.md W2 with issue #14 item 3: the pages' CSP lets images come from the
 * configured tile server's host only, and with no tile URL from nowhere but the platform
 * and {@code data:} — OpenStreetMap is not named unless a city configures it
 * ({@link TileServerPolicyTests}).
 */
@IntegrationTest
class ContentSecurityPolicyTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theTileHostOfTheTemplateBecomesTheImageSource() {
		assertThat(ContentSecurityPolicy.tileSource("https://{s}.tiles.tieli.example/{z}/{x}/{y}.png"))
			.isEqualTo("https://*.tiles.tieli.example");
		assertThat(ContentSecurityPolicy.tileSource("http://10.1.2.3:8080/tiles/{z}/{x}/{y}.png"))
			.isEqualTo("http://10.1.2.3:8080");
		assertThat(ContentSecurityPolicy.tileSource("https://Tiles.Example.ORG/{z}/{x}/{y}.png"))
			.isEqualTo("https://tiles.example.org");
		// the platform's own host, or nothing usable: no extra source
		assertThat(ContentSecurityPolicy.tileSource("/tiles/{z}/{x}/{y}.png")).isNull();
		assertThat(ContentSecurityPolicy.tileSource("")).isNull();
		assertThat(ContentSecurityPolicy.tileSource(null)).isNull();
		assertThat(ContentSecurityPolicy.tileSource("ftp://tiles.example.org/{z}")).isNull();
		// no way to slip another directive into the header
		assertThat(ContentSecurityPolicy.tileSource("https://a.example.org; script-src *")).isNull();
		assertThat(ContentSecurityPolicy.tileSource("https://a.example.org'/x")).isNull();
		assertThat(ContentSecurityPolicy.tileSource("https://user@a.example.org/x")).isNull();
		assertThat(ContentSecurityPolicy.forTileUrl("")).contains("img-src 'self' data:; ", "script-src 'self';",
				"frame-ancestors 'none'");
	}

	@Test
	void imagesComeOnlyFromThePlatform() throws Exception {
		String csp = this.mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).contains("img-src 'self' data:;").doesNotContain("openstreetmap").doesNotContain("*");
	}

}
