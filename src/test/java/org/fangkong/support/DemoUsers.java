package org.fangkong.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fangkong.shared.Role;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The demo users (all with the demo password) and ways to act as them: a page session or
 * HTTP Basic.
 */
public final class DemoUsers {

	public static final String PASSWORD = "fangkong-demo";

	/** Each demo user with the one role it holds. */
	public static final Map<String, Role> ROLES = Map.ofEntries(Map.entry("admin", Role.ADMIN),
			Map.entry("commander", Role.COMMANDER), Map.entry("hq-screening", Role.HQ_STAFF),
			Map.entry("township", Role.TOWNSHIP_OFFICER), Map.entry("grid", Role.GRID_WORKER),
			Map.entry("grid2", Role.GRID_WORKER), Map.entry("crew", Role.CHECKPOINT_CREW),
			Map.entry("medic", Role.MEDIC), Map.entry("hotline", Role.HOTLINE_OPERATOR),
			Map.entry("publicity", Role.PUBLICITY_OFFICER), Map.entry("volunteer", Role.VOLUNTEER));

	private static final Map<String, MockHttpSession> sessions = new ConcurrentHashMap<>();

	private DemoUsers() {
	}

	public static RequestPostProcessor basic(String username) {
		return httpBasic(username, PASSWORD);
	}

	/**
	 * A logged-in page session for the user, made once through the real login form and
	 * reused.
	 */
	public static MockHttpSession session(MockMvc mvc, String username) {
		return sessions.computeIfAbsent(username, (name) -> login(mvc, name));
	}

	public static MockHttpSession login(MockMvc mvc, String username) {
		try {
			return (MockHttpSession) mvc
				.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
				.andReturn()
				.getRequest()
				.getSession(false);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
