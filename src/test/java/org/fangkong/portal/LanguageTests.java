package org.fangkong.portal;

import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

/**
 * Chinese first, English second: a chosen language sticks, otherwise Accept-Language
 * decides.
 */
@IntegrationTest
class LanguageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void withoutALanguageThePagesAreChinese() throws Exception {
		this.mvc.perform(get("/login")).andExpect(content().string(containsString("用户名")));
	}

	@Test
	void acceptLanguageIsHonoured() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "en-US,en;q=0.9"))
			.andExpect(content().string(containsString("User name")));
		this.mvc.perform(get("/login").header("Accept-Language", "zh-TW,zh;q=0.9,en;q=0.5"))
			.andExpect(content().string(containsString("用户名")));
		this.mvc.perform(get("/login").header("Accept-Language", "en-US"))
			.andExpect(content().string(containsString("User name")));
		this.mvc.perform(get("/login").header("Accept-Language", "fr-FR,en;q=0.5"))
			.andExpect(content().string(containsString("User name")));
		this.mvc.perform(get("/login").header("Accept-Language", "fr-FR"))
			.andExpect(content().string(containsString("用户名")));
	}

	@Test
	void aChosenLanguageIsKeptInACookie() throws Exception {
		this.mvc.perform(get("/").param("lang", "en").session(DemoUsers.session(this.mvc, "grid")))
			.andExpect(cookie().value("fangkong-lang", "en"))
			.andExpect(content().string(containsString("Welcome")))
			.andExpect(content().string(containsString("Grid worker")));
	}

	@Test
	void eachRoleHomePageSaysWhatTheRoleDoes() throws Exception {
		this.mvc.perform(get("/").session(DemoUsers.session(this.mvc, "crew")))
			.andExpect(content().string(containsString("不漏一车、不漏一人")))
			.andExpect(content().string(containsString("神树火车站")));
		this.mvc.perform(get("/").session(DemoUsers.session(this.mvc, "admin")))
			.andExpect(content().string(containsString("管理用户、角色")));
		this.mvc.perform(get("/").session(DemoUsers.session(this.mvc, "medic")))
			.andExpect(content().string(containsString("发热转诊")));
	}

}
