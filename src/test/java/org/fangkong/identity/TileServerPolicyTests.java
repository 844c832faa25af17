package org.fangkong.identity;

import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue #14 item 3: with the city's tile server configured, the pages' CSP lets images
 * come from its host (and no other map host).
 */
@IntegrationTest
@TestPropertySource(properties = "fangkong.map.tile-url=https://{s}.tiles.tieli.example/{z}/{x}/{y}.png")
class TileServerPolicyTests {

	@Autowired
	MockMvc mvc;

	@Test
	void imagesMayComeFromTheTileServersHost() throws Exception {
		String csp = this.mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).contains("img-src 'self' data: https://*.tiles.tieli.example;").doesNotContain("openstreetmap");
	}

}
