package org.fangkong.portal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.fangkong.shared.Role;
import org.fangkong.shared.platform.RouteContributor;
import org.fangkong.shared.platform.RouteRule;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.IntegrationTest;
import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RouteCase;
import org.fangkong.support.RouteWorld;
import org.fangkong.support.Scope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * SECURITY.md AC8 as a matrix of real requests: every route of every module × every demo
 * user and anonymous × own and foreign record → carried out, 403, 404, 401 or the login.
 * Each module's tests declare its rows ({@link ModuleRoutes}); this class finds them all,
 * fails the build when a mapped route has no row (or two), checks that the route rules
 * the modules contribute agree with the rows, and sends every request, writes included.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteMatrixTests {

	/** The demo users in a stable order; {@code null} is the anonymous caller. */
	static final List<String> USERS = new ArrayList<>(new TreeSet<>(DemoUsers.ROLES.keySet()));

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	RouteWorld world;

	List<ModuleRoutes> modules;

	@BeforeAll
	void prepareTheRecords() throws Exception {
		this.world = new RouteWorld(this.mvc, this.context);
		this.modules = modules();
		for (ModuleRoutes module : this.modules) {
			module.prepare(this.world);
		}
	}

	/** Every {@link ModuleRoutes} under {@code org.fangkong}, each once. */
	static List<ModuleRoutes> modules() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(ModuleRoutes.class));
		return scanner.findCandidateComponents("org.fangkong")
			.stream()
			.map((definition) -> definition.getBeanClassName())
			.sorted()
			.map((name) -> {
				try {
					Class<?> type = ClassUtils.forName(name, RouteMatrixTests.class.getClassLoader());
					return (ModuleRoutes) BeanUtils.instantiateClass(type.getDeclaredConstructor());
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			})
			.toList();
	}

	Stream<RouteCase> cases() {
		return this.modules.stream().flatMap((module) -> module.routes().stream());
	}

	@Test
	void everyMappedRouteHasExactlyOneExpectation() {
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : this.handlerMapping.getHandlerMethods().keySet()) {
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("ANY")
					: info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				methods.forEach((method) -> mapped.add(method + " " + pattern));
			}
		}
		Map<String, Long> declared = cases()
			.collect(Collectors.groupingBy(RouteCase::key, TreeMap::new, Collectors.counting()));
		assertThat(declared.keySet()).as("mapped routes without an expectation in any module's ModuleRoutes")
			.containsAll(mapped);
		assertThat(mapped).as("expectations for routes nobody maps").containsAll(declared.keySet());
		assertThat(declared).as("routes with more than one expectation").allSatisfy((key, count) -> {
			assertThat(count).as(key).isEqualTo(1L);
		});
	}

	/**
	 * The route rules the modules contribute, in the order the security configuration
	 * applies them, let through exactly the roles each page case expects.
	 */
	@Test
	void theContributedRouteRulesAgreeWithTheExpectations() {
		List<RouteContributor> contributors = List.copyOf(this.context.getBeansOfType(RouteContributor.class).values());
		List<RouteRule> rules = ReflectionTestUtils.invokeMethod(
				ClassUtils.resolveClassName("org.fangkong.identity.PageRoutes", getClass().getClassLoader()), "ordered",
				contributors);
		SoftAssertions softly = new SoftAssertions();
		cases().filter((c) -> !c.api()).forEach((c) -> {
			PathContainer path = PathContainer.parsePath(c.path().replaceAll("\\{[^}]+}", "1"));
			RouteRule rule = rules.stream()
				.filter((r) -> PathPatternParser.defaultInstance.parse(r.pattern()).matches(path))
				.findFirst()
				.orElse(null);
			Set<Role> let = (rule == null) ? Set.of()
					: EnumSet.allOf(Role.class)
						.stream()
						.filter((role) -> rule.allows(Set.of(role)))
						.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
			softly.assertThat(let).as(c.key() + " roles let through by " + rule).isEqualTo(c.passing());
			softly.assertThat(rule != null && rule.allows(Set.of()))
				.as(c.key() + " public by " + rule)
				.isEqualTo(c.isOpen());
		});
		softly.assertAll();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void everyUserGetsWhatTheRouteExpects(RouteCase route) throws Exception {
		SoftAssertions softly = new SoftAssertions();
		List<String> users = new ArrayList<>(USERS);
		users.add(0, null);
		for (String user : users) {
			Role role = (user != null) ? DemoUsers.ROLES.get(user) : null;
			boolean allowed = route.allows(role);
			for (Scope scope : Scope.values()) {
				if (scope == Scope.FOREIGN && !allowed) {
					continue;
				}
				for (Object[] variables : route.variablesFor(this.world, user, scope)) {
					RouteCase.Call call = new RouteCase.Call(this.world, user, role, allowed, scope);
					MockHttpServletResponse response = this.mvc.perform(build(route, call, variables))
						.andReturn()
						.getResponse();
					check(softly, route, call, response, variables);
				}
			}
		}
		softly.assertAll();
	}

	private void check(SoftAssertions softly, RouteCase route, RouteCase.Call call, MockHttpServletResponse response,
			Object[] variables) throws Exception {
		String who = ((call.user() != null) ? call.user() : "anonymous") + " " + route.key() + " "
				+ java.util.Arrays.toString(variables) + " " + call.scope() + " " + route.notes() + " answered "
				+ response.getStatus() + " " + abbreviate(response.getContentAsString()) + "; ";
		int status = response.getStatus();
		if (call.user() == null && !route.isOpen()) {
			if (route.api()) {
				softly.assertThat(status).as(who + "anonymous API call").isEqualTo(401);
			}
			else {
				softly.assertThat(status).as(who + "anonymous page").isEqualTo(302);
				softly.assertThat(response.getRedirectedUrl()).as(who + "anonymous page").endsWith("/login");
			}
			return;
		}
		if (!call.allowed()) {
			Set<Integer> denied = (route.api() && route.addressesRecord()) ? Set.of(403, 404) : Set.of(403);
			softly.assertThat(status).as(who + "refused").isIn(denied);
			return;
		}
		if (call.scope() == Scope.FOREIGN) {
			softly.assertThat(status).as(who + "foreign record").isEqualTo(route.foreignStatus());
			return;
		}
		softly.assertThat(status).as(who + "allowed").isIn(route.expected());
		if (status == 302) {
			softly.assertThat(response.getRedirectedUrl()).as(who + "redirect").doesNotContain("/login");
		}
	}

	private RequestBuilder build(RouteCase route, RouteCase.Call call, Object[] variables) throws Exception {
		HttpMethod method = route.method().equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(route.method());
		AbstractMockHttpServletRequestBuilder<?> builder;
		if (route.file() != null) {
			builder = multipart(route.path(), variables).file(new MockMultipartFile(route.fileParam(), "ledger.xlsx",
					"application/octet-stream", (byte[]) route.file().of(call)));
		}
		else {
			builder = request(method, route.path(), variables);
		}
		for (Map.Entry<String, RouteCase.Value> param : route.params().entrySet()) {
			builder.param(param.getKey(), String.valueOf(param.getValue().of(call)));
		}
		for (Map.Entry<String, RouteCase.Value> header : route.headers().entrySet()) {
			builder.header(header.getKey(), String.valueOf(header.getValue().of(call)));
		}
		if (route.with() != null) {
			builder.with((org.springframework.test.web.servlet.request.RequestPostProcessor) route.with().of(call));
		}
		if (route.json() != null) {
			builder.contentType(MediaType.APPLICATION_JSON).content(String.valueOf(route.json().of(call)));
		}
		if (route.api()) {
			if (call.user() != null) {
				builder.with(DemoUsers.basic(call.user()));
			}
			return builder;
		}
		builder.with(csrf());
		if (call.user() != null) {
			builder.session(DemoUsers.session(this.mvc, call.user()));
		}
		return builder;
	}

	private static String abbreviate(String body) {
		String flat = body.replaceAll("\\s+", " ");
		return (flat.length() > 160) ? flat.substring(0, 160) + "…" : flat;
	}

}
