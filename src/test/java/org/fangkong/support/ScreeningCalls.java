package org.fangkong.support;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.awaitility.Awaitility.await;
import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The screening API calls that many tests make, as a demo user would make them: report a
 * screening, import a ledger, wait for the fever referral that medical makes.
 */
public final class ScreeningCalls {

	private final MockMvc mvc;

	public ScreeningCalls(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** Reports a screening as {@code user}; its id (201 expected). */
	public long report(String user, ScreeningJson screening) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/screenings").with(basic(user))
				.contentType(MediaType.APPLICATION_JSON)
				.content(screening.json()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	/** Uploads a ledger workbook to the import API as {@code user}. */
	public ResultActions importFile(String user, byte[] content, boolean dryRun) throws Exception {
		return this.mvc.perform(upload(user, content, dryRun));
	}

	/** The same, with the answer's messages in {@code language}. */
	public ResultActions importFile(String user, byte[] content, boolean dryRun, String language) throws Exception {
		return this.mvc.perform(upload(user, content, dryRun).header("Accept-Language", language));
	}

	private static MockMultipartHttpServletRequestBuilder upload(String user, byte[] content, boolean dryRun) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/api/v1/screenings/import")
			.file(new MockMultipartFile("file", "ledger.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content))
			.param("dryRun", Boolean.toString(dryRun))
			.with(basic(user));
	}

	/** The fever referral flagged on a screening of 东岗社区, once medical has made it. */
	public long referralOf(long screening) {
		return await().atMost(Duration.ofSeconds(10)).until(() -> {
			String view = this.mvc.perform(get("/api/v1/screenings/{id}", screening).with(basic("grid")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			List<Number> ids = JsonPath.read(view, "$..screening.fever.referralId");
			return ids.isEmpty() ? null : ids.get(0).longValue();
		}, Objects::nonNull);
	}

}
