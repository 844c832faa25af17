package org.fangkong.publicity;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.support.DemoUsers.basic;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * R-PUB-2: nothing reaches the public before a commander approves it — not the public
 * page, not one release by id, not the Atom feed, not the loudspeaker script — whatever
 * path the publicity officer takes (API or page); a rejected release comes back with
 * reasons; once approved, the release is on the page and in the feed, which parses as
 * Atom.
 */
@IntegrationTest
class ReleaseApprovalTests {

	@Autowired
	MockMvc mvc;

	@Test
	void noPathPublishesAReleaseBeforeACommanderApprovesIt() throws Exception {
		String title = "通告-" + UUID.randomUUID().toString().substring(0, 8);
		long id = JsonPath
			.<Number>read(this.mvc
				.perform(post("/api/v1/releases").with(basic("publicity"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"title":"%s","body":"第一段。\\n第二段。","channels":["WEBSITE","LOUDSPEAKER"]}"""
						.formatted(title)))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id")
			.longValue();
		assertNotPublic(id, title);

		// a publicity officer cannot approve, on the API or the page, in any state
		this.mvc.perform(post("/api/v1/releases/{id}/approve", id).with(basic("publicity")))
			.andExpect(status().isForbidden());
		// the commander cannot approve a draft that was never submitted
		this.mvc.perform(post("/api/v1/releases/{id}/approve", id).with(basic("commander")))
			.andExpect(status().isUnprocessableContent());
		assertNotPublic(id, title);

		this.mvc.perform(post("/api/v1/releases/{id}/submit", id).with(basic("publicity")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		this.mvc.perform(post("/api/v1/releases/{id}/approve", id).with(basic("publicity")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/publicity/releases/{id}/approve", id).with(csrf()).session(page("publicity")))
			.andExpect(status().isForbidden());
		assertNotPublic(id, title);

		// rejected with reasons (required), it comes back to the author
		this.mvc
			.perform(post("/api/v1/releases/{id}/reject", id).with(basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc
			.perform(post("/api/v1/releases/{id}/reject", id).with(basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"数据口径需与卫健局核对\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.rejectionReason").value("数据口径需与卫健局核对"));
		this.mvc.perform(post("/api/v1/releases/{id}/approve", id).with(basic("commander")))
			.andExpect(status().isUnprocessableContent());
		assertNotPublic(id, title);

		this.mvc.perform(post("/api/v1/releases/{id}/submit", id).with(basic("publicity"))).andExpect(status().isOk());
		this.mvc.perform(post("/publicity/releases/{id}/approve", id).with(csrf()).session(page("commander")))
			.andExpect(status().isFound());

		this.mvc.perform(get("/releases"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		this.mvc.perform(get("/releases/{id}", id)).andExpect(status().isOk());
		this.mvc.perform(get("/releases/{id}/script.txt", id))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("第二段。")));
		SyndFeed feed = feed();
		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).contains(title);
		// a published release cannot be changed or submitted again
		this.mvc.perform(post("/api/v1/releases/{id}/submit", id).with(basic("publicity")))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void theFeedParsesAsAtomAndHoldsOnlyApprovedReleases() throws Exception {
		SyndFeed feed = feed();
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getTitle()).isNotBlank();
		List<String> links = feed.getEntries().stream().map(SyndEntry::getLink).toList();
		for (String link : links) {
			long id = Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
			String status = JsonPath.read(this.mvc.perform(get("/api/v1/releases/{id}", id).with(basic("commander")))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.status");
			assertThat(status).isEqualTo("APPROVED");
		}
	}

	@Test
	void aReleaseNeedsATitleATextAndAKnownChannel() throws Exception {
		this.mvc
			.perform(post("/api/v1/releases").with(basic("publicity"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\" \",\"body\":\"x\",\"channels\":[\"RADIO\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("title", "channels")));
		this.mvc
			.perform(post("/api/v1/releases").with(basic("commander"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"t\",\"body\":\"x\",\"channels\":[\"TV\"]}"))
			.andExpect(status().isForbidden());
	}

	private void assertNotPublic(long id, String title) throws Exception {
		this.mvc.perform(get("/releases"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(title))));
		this.mvc.perform(get("/releases/{id}", id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/releases/{id}/script.txt", id)).andExpect(status().isNotFound());
		assertThat(feed().getEntries()).extracting(SyndEntry::getTitle).doesNotContain(title);
	}

	private SyndFeed feed() throws Exception {
		String xml = this.mvc.perform(get("/releases.atom"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return new SyndFeedInput().build(new StringReader(xml));
	}

	private MockHttpSession page(String username) {
		return org.fangkong.support.DemoUsers.session(this.mvc, username);
	}

}
