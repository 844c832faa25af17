package org.fangkong.identity;

import jakarta.servlet.http.Cookie;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.support.DemoUsers.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #18: a signed-in session lives in the database, not in one node's memory, so that
 * the next request may go to any node. The session cookie alone, sent with a request that
 * carries nothing else, finds the user; the stored session holds no password hash.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.autoconfigure.exclude=")
class SessionStoreTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLoginIsARowOfTheSessionTableThatTheCookieAloneFindsAgain() throws Exception {
		MvcResult login = this.mvc
			.perform(post("/login").param("username", "hotline").param("password", PASSWORD).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).as("Spring Session's cookie").isNotNull();

		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = 'hotline'",
				Integer.class))
			.isPositive();
		this.mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/account/password")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theStoredSessionKeepsNoPasswordHash() throws Exception {
		this.mvc.perform(post("/login").param("username", "volunteer").param("password", PASSWORD).with(csrf()))
			.andExpect(status().is3xxRedirection());

		byte[] context = this.jdbc.queryForObject("""
				select a.attribute_bytes from spring_session_attributes a
				join spring_session s on s.primary_id = a.session_primary_id
				where s.principal_name = 'volunteer' and a.attribute_name = 'SPRING_SECURITY_CONTEXT'
				order by s.creation_time desc limit 1""", byte[].class);
		assertThat(new String(context, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("$2a$")
			.doesNotContain("{bcrypt}")
			.contains("volunteer");
	}

}
