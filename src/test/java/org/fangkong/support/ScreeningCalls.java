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

	/**
	 * A HUBEI traveller named {@code name} with this temperature registered by the crew
	 * at 神树火车站, bound for 东岗社区; the id of the screening the arrival opens, once screening
	 * has made it.
	 */
	public long arrive(DemoTree tree, String idNumber, String name, String temperature) throws Exception {
		long station = tree.checkpoint("神树火车站");
		String body = RegistrationJson.crossing()
			.idNumber(idNumber)
			.name(name)
			.phone("13900006666")
			.origin("HUBEI", "湖北省武汉市")
			.destination(tree.firstHousehold("东岗社区"))
			.temperature(temperature)
			.json();
		this.mvc
			.perform(post("/api/v1/checkpoints/{id}/registrations", station).with(basic("crew"))
				.header("Idempotency-Key", java.util.UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated());
		return await().atMost(Duration.ofSeconds(10)).until(() -> {
			String persons = this.mvc.perform(get("/api/v1/persons").param("idNumber", idNumber).with(basic("grid")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			// the screening's id, not the person's: the two sequences part as soon as a
			// person has a second screening or a screening is written without its person
			List<Number> ids = JsonPath.read(persons, "$[*].screeningId");
			return ids.isEmpty() ? null : ids.get(0).longValue();
		}, Objects::nonNull);
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
