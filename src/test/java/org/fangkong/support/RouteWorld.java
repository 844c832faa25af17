package org.fangkong.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the route matrix works with: the application, the demo data, and the records each
 * module's {@link ModuleRoutes#prepare(RouteWorld)} created, by kind.
 */
public final class RouteWorld {

	private static final AtomicInteger sequence = new AtomicInteger((int) (System.nanoTime() % 100_000));

	private final MockMvc mvc;

	private final ApplicationContext context;

	private final DemoTree tree;

	private final Map<String, RouteRecords> records = new ConcurrentHashMap<>();

	public RouteWorld(MockMvc mvc, ApplicationContext context) {
		this.mvc = mvc;
		this.context = context;
		this.tree = new DemoTree(context.getBean(Jurisdictions.class), context.getBean(Checkpoints.class));
	}

	public MockMvc mvc() {
		return this.mvc;
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	public DemoTree tree() {
		return this.tree;
	}

	/** A demo (or test-made) user as the platform sees them. */
	public Actor actor(String username) {
		return Actors.demo(bean(Accounts.class), username);
	}

	/** The records of a kind, made on first use. */
	public RouteRecords records(String kind) {
		return this.records.computeIfAbsent(kind, RouteRecords::new);
	}

	/** A name or code no other run or test uses: the prefix and a running number. */
	public String unique(String prefix) {
		return prefix + sequence.incrementAndGet();
	}

	/**
	 * Posts JSON to the API as the user and answers the body, failing unless the answer
	 * is 2xx.
	 */
	public String postJson(String user, String path, String body, Object... variables) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post(path, variables).with(DemoUsers.basic(user))
				.header("Idempotency-Key", java.util.UUID.randomUUID().toString())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse();
		if (response.getStatus() / 100 != 2) {
			throw new IllegalStateException(
					"POST " + path + " as " + user + ": " + response.getStatus() + " " + response.getContentAsString());
		}
		return response.getContentAsString();
	}

	/** The id in a JSON answer. */
	public static long id(String json) {
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

}
