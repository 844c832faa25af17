package org.fangkong.portal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.fangkong.checkpoint.Checkpoints;
import org.fangkong.identity.Accounts;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.organisation.Organisation;
import org.fangkong.shared.Role;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangkong.shared.Role.ADMIN;
import static org.fangkong.shared.Role.CHECKPOINT_CREW;
import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.GRID_WORKER;
import static org.fangkong.shared.Role.HQ_STAFF;
import static org.fangkong.shared.Role.TOWNSHIP_OFFICER;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * SECURITY.md AC8 as a matrix: every role × every route → allowed or 403, for pages and
 * JSON, and own versus foreign records → allowed or 404. A route that is missing from
 * this matrix fails the build.
 */
@IntegrationTest
class SecurityMatrixTests {

	static final Set<Role> ALL = EnumSet.allOf(Role.class);

	static final Set<Role> TREE = EnumSet.of(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, GRID_WORKER, ADMIN);

	static final Set<Role> CHECKPOINTS = EnumSet.of(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, GRID_WORKER, CHECKPOINT_CREW,
			ADMIN);

	static final Set<Role> HQ = EnumSet.of(COMMANDER, HQ_STAFF, ADMIN);

	static final Set<Role> ADMINS = EnumSet.of(ADMIN);

	static final Set<Role> MEDICAL = EnumSet.of(Role.MEDIC, COMMANDER);

	static final Set<Role> SCREENING = EnumSet.of(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, GRID_WORKER);

	/**
	 * GET pages: who may open them. {@code {group}} and {@code {user}} are filled in from
	 * the demo data.
	 */
	static final Map<String, Set<Role>> PAGES = Map.ofEntries(Map.entry("/", ALL), Map.entry("/jurisdictions", TREE),
			Map.entry("/checkpoints", CHECKPOINTS), Map.entry("/organisation", HQ),
			Map.entry("/organisation/groups/{group}", HQ), Map.entry("/admin/users", ADMINS),
			Map.entry("/admin/users/new", ADMINS), Map.entry("/admin/users/{user}", ADMINS),
			Map.entry("/admin/audit", ADMINS), Map.entry("/account/password", ALL), Map.entry("/account/tokens", ALL),
			Map.entry("/swagger-ui.html", ALL), Map.entry("/medical/referrals", MEDICAL),
			Map.entry("/screening", SCREENING), Map.entry("/screening/new", SCREENING),
			Map.entry("/screening/import", SCREENING), Map.entry("/screening/template", SCREENING),
			Map.entry("/screening/export", SCREENING));

	/** GET API routes: who may call them (scope is tested separately below). */
	static final Map<String, Set<Role>> API = Map.ofEntries(Map.entry("/api/v1/me", ALL),
			Map.entry("/api/v1/jurisdictions", ALL), Map.entry("/api/v1/checkpoints", ALL),
			Map.entry("/api/v1/working-groups", HQ), Map.entry("/api/v1/referrals", MEDICAL),
			Map.entry("/api/v1/screenings", SCREENING), Map.entry("/api/v1/screenings/export", SCREENING),
			Map.entry("/api/v1/persons?idNumber=11010519491231002X", SCREENING));

	/**
	 * Every handler route of the application with how this class covers it. Adding a
	 * controller method without adding it here fails
	 * {@link #everyRouteIsCoveredByTheMatrix()}.
	 */
	static final Set<String> COVERED = Set.of("GET /", "GET /login", "GET /jurisdictions", "GET /jurisdictions/{id}",
			"GET /checkpoints", "GET /organisation", "GET /organisation/groups/{id}", "GET /admin/users",
			"GET /admin/users/new", "POST /admin/users/new", "GET /admin/users/{id}", "POST /admin/users/{id}",
			"POST /admin/users/{id}/unlock", "POST /admin/users/{id}/password", "GET /admin/audit",
			"GET /account/password", "POST /account/password", "GET /account/tokens", "POST /account/tokens",
			"POST /account/tokens/{id}/revoke", "GET /api/v1/me", "GET /api/v1/jurisdictions",
			"GET /api/v1/jurisdictions/{id}", "GET /api/v1/jurisdictions/{id}/responsibility-chain",
			"GET /api/v1/checkpoints", "GET /api/v1/checkpoints/{id}", "GET /api/v1/working-groups",
			"POST /api/v1/checkpoints", "GET /checkpoints/new", "POST /checkpoints/new",
			// issue #3: registrations (RegistrationApiTests, SelfRegistrationTests,
			// CheckpointPageTests)
			"POST /api/v1/checkpoints/{id}/registrations", "POST /checkpoints/{id}/registrations",
			"GET /api/v1/checkpoints/{id}/registrations", "GET /api/v1/checkpoints/{id}/stats",
			"GET /api/v1/checkpoints/{id}/registrations/{registrationId}", "GET /checkpoints/{id}/prefill",
			"GET /checkpoints/{id}/register", "POST /checkpoints/{id}/register", "GET /checkpoints/{id}/today",
			"GET /checkpoints/{id}/pending", "POST /checkpoints/{id}/pending/{selfId}/confirm",
			"GET /checkpoints/{id}/poster", "GET /q/{token}",
			// issue #7: crew duty (CrewDutyTests)
			"GET /api/v1/checkpoints/{id}/crew", "POST /api/v1/checkpoints/{id}/crew",
			"DELETE /api/v1/checkpoints/{id}/crew/{assignmentId}", "GET /checkpoints/{id}/crew",
			"POST /checkpoints/{id}/crew", "POST /checkpoints/{id}/crew/{assignmentId}/end", "POST /q/{token}",
			"GET /medical/referrals", "POST /medical/referrals/{id}/receive", "GET /api/v1/referrals",
			// issue #4: screening (ScreeningApiTests, ScreeningPageTests)
			"GET /api/v1/persons", "GET /api/v1/persons/{id}", "POST /api/v1/persons/{id}/merge",
			"GET /api/v1/screenings", "POST /api/v1/screenings", "GET /api/v1/screenings/{id}",
			"POST /api/v1/screenings/{id}/checks", "POST /api/v1/screenings/{id}/release",
			"POST /api/v1/screenings/{id}/lead-check", "POST /api/v1/screenings/{id}/responsible",
			"POST /api/v1/screenings/import", "GET /api/v1/screenings/export", "GET /screening",
			"GET /screening/export", "GET /screening/template", "GET /screening/new", "POST /screening/new",
			"GET /screening/{id}", "POST /screening/{id}/checks", "POST /screening/{id}/release",
			"POST /screening/{id}/lead-check", "POST /screening/{id}/responsible", "GET /screening/import",
			"POST /screening/import", "POST /screening/import/{token}/commit",
			// springdoc: the document is public, the UI needs a login (covered by PAGES)
			"GET /v3/api-docs", "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config", "GET /swagger-ui.html",
			// Boot's error controller
			"ANY /error");

	@Autowired
	MockMvc mvc;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	Organisation organisation;

	@Autowired
	Accounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	DemoTree tree;

	@BeforeEach
	void setUp() {
		this.tree = new DemoTree(this.jurisdictions, this.checkpoints);
	}

	static Stream<Arguments> pageMatrix() {
		return matrix(PAGES);
	}

	static Stream<Arguments> apiMatrix() {
		return matrix(API);
	}

	static Stream<Arguments> matrix(Map<String, Set<Role>> routes) {
		List<Arguments> cases = new ArrayList<>();
		for (String route : new TreeSet<>(routes.keySet())) {
			for (String user : new TreeSet<>(DemoUsers.ROLES.keySet())) {
				cases.add(Arguments.of(user, route, routes.get(route).contains(DemoUsers.ROLES.get(user))));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} GET {1} allowed={2}")
	@MethodSource("pageMatrix")
	void pages(String user, String route, boolean allowed) throws Exception {
		var response = this.mvc.perform(get(fill(route)).session(DemoUsers.session(this.mvc, user)))
			.andReturn()
			.getResponse();
		if (allowed && response.getStatus() == 302) {
			// Some pages forward to where the user belongs (/jurisdictions to the user's
			// own node): never the login.
			assertThat(response.getRedirectedUrl()).as(user + " GET " + route).doesNotContain("/login");
		}
		else {
			assertThat(response.getStatus()).as(user + " GET " + route).isEqualTo(allowed ? 200 : 403);
		}
	}

	@ParameterizedTest(name = "{0} GET {1} allowed={2}")
	@MethodSource("apiMatrix")
	void api(String user, String route, boolean allowed) throws Exception {
		int status = this.mvc.perform(get(fill(route)).with(DemoUsers.basic(user)))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as(user + " GET " + route).isEqualTo(allowed ? 200 : 403);
	}

	@ParameterizedTest(name = "anonymous GET {0}")
	@MethodSource("anonymousRoutes")
	void anonymousPagesGoToTheLogin(String route) throws Exception {
		String location = this.mvc.perform(get(fill(route))).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).as(route).endsWith("/login");
	}

	static Stream<String> anonymousRoutes() {
		return PAGES.keySet().stream();
	}

	@ParameterizedTest(name = "anonymous GET {0}")
	@MethodSource("anonymousApiRoutes")
	void anonymousApiCallsAreUnauthorized(String route) throws Exception {
		assertThat(this.mvc.perform(get(fill(route))).andReturn().getResponse().getStatus()).isEqualTo(401);
	}

	static Stream<String> anonymousApiRoutes() {
		return API.keySet().stream();
	}

	/**
	 * Own versus foreign nodes: a user sees their own node and below; anything else is a
	 * 404.
	 */
	@ParameterizedTest(name = "{0}: {1} own, {2} foreign")
	@MethodSource("ownAndForeignNodes")
	void nodesOutsideTheUsersJurisdictionAreNotFound(String user, String own, String foreign) throws Exception {
		long ownId = this.tree.node(own);
		long foreignId = this.tree.node(foreign);
		for (String route : List.of("/api/v1/jurisdictions/{id}", "/api/v1/jurisdictions/{id}/responsibility-chain")) {
			assertThat(status(get(route, ownId).with(DemoUsers.basic(user)))).as(user + " own " + route).isEqualTo(200);
			assertThat(status(get(route, foreignId).with(DemoUsers.basic(user)))).as(user + " foreign " + route)
				.isEqualTo(404);
		}
		if (TREE.contains(DemoUsers.ROLES.get(user))) {
			assertThat(status(get("/jurisdictions/{id}", ownId).session(DemoUsers.session(this.mvc, user))))
				.isEqualTo(200);
			assertThat(status(get("/jurisdictions/{id}", foreignId).session(DemoUsers.session(this.mvc, user))))
				.isEqualTo(404);
		}
	}

	static Stream<Arguments> ownAndForeignNodes() {
		return Stream.of(Arguments.of("grid", "东岗社区", "新一村"), Arguments.of("grid2", "新一村", "东岗社区"),
				Arguments.of("township", "东岗社区", "工农乡"), Arguments.of("township", "铁力镇", "神树镇"),
				Arguments.of("crew", "神树镇", "铁力镇"), Arguments.of("volunteer", "铁力镇", "新一村"));
	}

	/**
	 * Own versus foreign checkpoints: the crew sees the station they serve, not another
	 * checkpoint.
	 */
	@ParameterizedTest(name = "{0}: {1} own, {2} foreign")
	@MethodSource("ownAndForeignCheckpoints")
	void checkpointsOutsideTheUsersJurisdictionAreNotFound(String user, String own, String foreign) throws Exception {
		assertThat(status(get("/api/v1/checkpoints/{id}", this.tree.checkpoint(own)).with(DemoUsers.basic(user))))
			.isEqualTo(200);
		assertThat(status(get("/api/v1/checkpoints/{id}", this.tree.checkpoint(foreign)).with(DemoUsers.basic(user))))
			.isEqualTo(404);
	}

	static Stream<Arguments> ownAndForeignCheckpoints() {
		return Stream.of(Arguments.of("crew", "神树火车站", "铁力收费站"), Arguments.of("grid", "东岗社区卡点", "新一村村口卡点"),
				Arguments.of("grid2", "新一村村口卡点", "铁力火车站"), Arguments.of("township", "铁力收费站", "神树火车站"));
	}

	@Test
	void theCrewListsOnlyCheckpointsOfItsOwnTownship() throws Exception {
		String body = this.mvc.perform(get("/api/v1/checkpoints").with(DemoUsers.basic("grid2")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("新一村").doesNotContain("神树火车站", "东岗社区");
	}

	@Test
	void everyRouteIsCoveredByTheMatrix() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.handlerMapping.getHandlerMethods().keySet()) {
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("ANY")
					: info.getMethodsCondition()
						.getMethods()
						.stream()
						.map(Enum::name)
						.collect(java.util.stream.Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				methods.forEach((method) -> routes.add(method + " " + pattern));
			}
		}
		assertThat(COVERED).as("routes covered by the security matrix").containsAll(routes);
	}

	private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private String fill(String route) {
		if (route.contains("{group}")) {
			long group = this.organisation.workingGroups().get(0).id();
			return route.replace("{group}", Long.toString(group));
		}
		if (route.contains("{user}")) {
			long user = this.accounts.list().get(0).id();
			return route.replace("{user}", Long.toString(user));
		}
		return route;
	}

}
