package org.fangkong.support;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.fangkong.support.DemoUsers.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A checkpoint of a test's own, registered by the administrator through the API, so that
 * a test's crew, pool and rosters share it with no other test.
 */
public final class TestCheckpoints {

	private TestCheckpoints() {
	}

	/** Registers a checkpoint ({@code kind} VILLAGE or KEY) at the node; its id. */
	public static long create(MockMvc mvc, String code, String name, String kind, long jurisdictionId)
			throws Exception {
		String body = mvc
			.perform(post("/api/v1/checkpoints").with(basic("admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"code":"%s","name":"%s","kind":"%s","jurisdictionId":%d}""".formatted(code, name, kind,
						jurisdictionId)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.<Number>read(body, "$.id").longValue();
	}

}
