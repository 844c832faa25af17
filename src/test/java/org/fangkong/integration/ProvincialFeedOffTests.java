package org.fangkong.integration;

import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Issue #18 item 5: the feed is off unless switched on. In the platform as installed (the
 * shared test context, no {@code fangkong.integration.rabbit.*} set) there is no
 * externaliser, so no event is recorded for the feed or sent, and the health answer has
 * no RabbitMQ part that an absent broker could turn DOWN.
 */
@IntegrationTest
class ProvincialFeedOffTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Test
	void theFeedIsOffByDefaultAndTheHealthDoesNotAskForABroker() throws Exception {
		assertThat(this.context.getBeanNamesForType(DelegatingEventExternalizer.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(ProvincialFeed.class)).isEmpty();
		this.mvc.perform(get("/actuator/health").with(basic("admin")))
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db").exists())
			.andExpect(jsonPath("$.components.rabbit").doesNotExist());
	}

}
