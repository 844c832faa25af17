package org.fangkong.support;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fangkong.shared.Role;

/**
 * One route of the security matrix and what is expected of it: the method and the path
 * pattern exactly as the controller maps it, the roles whose request the handler carries
 * out, the record its path variables address (own and foreign per user), and what to send
 * with a write. A route under {@code /api/} is called with HTTP Basic, any other with the
 * user's page session and a CSRF token.
 *
 * <p>
 * Expectations: an allowed user's request on their own record answers one of
 * {@link #expected()} (a redirect never to the login); on a foreign record
 * {@link #foreignStatus()} (404: out of scope is not found); any other user gets 403 (an
 * API call on a record outside their scope may also answer 404). Anonymous callers are
 * sent to the login page (pages) or get 401 (API), unless the route is public.
 */
public final class RouteCase {

	/** The everyone-signed-in role set. */
	public static final Set<Role> ALL = EnumSet.allOf(Role.class);

	private final String method;

	private final String path;

	private Set<Role> allowed = EnumSet.noneOf(Role.class);

	private Set<Role> passing;

	private boolean open;

	private String kind;

	private Variables variables;

	private int foreignStatus = 404;

	private final Set<Integer> expected = new LinkedHashSet<>();

	private Value json;

	private final Map<String, Value> params = new LinkedHashMap<>();

	private final Map<String, Value> headers = new LinkedHashMap<>();

	private Value with;

	private String fileParam;

	private Value file;

	private final List<String> notes = new ArrayList<>();

	private RouteCase(String method, String path) {
		this.method = method;
		this.path = path;
	}

	public static RouteCase get(String path) {
		return new RouteCase("GET", path);
	}

	public static RouteCase post(String path) {
		return new RouteCase("POST", path);
	}

	public static RouteCase put(String path) {
		return new RouteCase("PUT", path);
	}

	public static RouteCase delete(String path) {
		return new RouteCase("DELETE", path);
	}

	/** A route mapped for every method (Boot's error page): sent as GET. */
	public static RouteCase any(String path) {
		return new RouteCase("ANY", path);
	}

	/** The roles whose request the handler carries out. */
	public RouteCase allow(Role... roles) {
		this.allowed = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles));
		return this;
	}

	public RouteCase allow(Set<Role> roles) {
		this.allowed = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		return this;
	}

	/** Every signed-in user. */
	public RouteCase signedIn() {
		return allow(ALL);
	}

	/** Everyone, signed in or not: the page's route rule is public. */
	public RouteCase open() {
		this.open = true;
		return allow(ALL);
	}

	/**
	 * The roles the page's route rule lets through when the handler refuses some of them
	 * itself (403 from the service); unset, the same as the allowed roles.
	 */
	public RouteCase passing(Set<Role> roles) {
		this.passing = EnumSet.copyOf(roles);
		return this;
	}

	/**
	 * The path variables come from the records of this kind ({@link RouteWorld#records}).
	 */
	public RouteCase record(String kind) {
		this.kind = kind;
		return this;
	}

	/** The path variables come from this function. */
	public RouteCase variables(Variables variables) {
		this.variables = variables;
		return this;
	}

	/** What an allowed user gets for a record outside their scope, when not 404. */
	public RouteCase foreignAnswers(int status) {
		this.foreignStatus = status;
		return this;
	}

	/** What an allowed user gets for their own record (default for GET: 200). */
	public RouteCase expect(int... statuses) {
		for (int status : statuses) {
			this.expected.add(status);
		}
		return this;
	}

	public RouteCase json(Value body) {
		this.json = body;
		return this;
	}

	public RouteCase param(String name, Value value) {
		this.params.put(name, value);
		return this;
	}

	public RouteCase param(String name, String value) {
		return param(name, (call) -> value);
	}

	public RouteCase header(String name, Value value) {
		this.headers.put(name, value);
		return this;
	}

	/**
	 * Applies a {@code RequestPostProcessor} computed for each request (e.g. a client
	 * address of its own).
	 */
	public RouteCase with(Value postProcessor) {
		this.with = postProcessor;
		return this;
	}

	/** Sends a multipart request with this file (bytes). */
	public RouteCase file(String param, Value bytes) {
		this.fileParam = param;
		this.file = bytes;
		return this;
	}

	/** Why the case is as it is, shown when it fails. */
	public RouteCase because(String note) {
		this.notes.add(note);
		return this;
	}

	/** How the handler mapping names the route: method and pattern. */
	public String key() {
		return this.method + " " + this.path;
	}

	public String method() {
		return this.method;
	}

	public String path() {
		return this.path;
	}

	public boolean api() {
		return this.path.startsWith("/api/");
	}

	public boolean isOpen() {
		return this.open;
	}

	public boolean allows(Role role) {
		return role == null ? this.open : this.allowed.contains(role);
	}

	/** The roles the page's route rule should let through. */
	public Set<Role> passing() {
		return (this.passing != null) ? this.passing : this.allowed;
	}

	public boolean addressesRecord() {
		return this.kind != null || this.variables != null;
	}

	public int foreignStatus() {
		return this.foreignStatus;
	}

	public Set<Integer> expected() {
		if (!this.expected.isEmpty()) {
			return this.expected;
		}
		if (this.method.equals("GET") || this.method.equals("ANY")) {
			return Set.of(200);
		}
		throw new IllegalStateException(key() + ": a write states what it answers");
	}

	public Value json() {
		return this.json;
	}

	public Map<String, Value> params() {
		return this.params;
	}

	public Map<String, Value> headers() {
		return this.headers;
	}

	public Value with() {
		return this.with;
	}

	public String fileParam() {
		return this.fileParam;
	}

	public Value file() {
		return this.file;
	}

	public List<String> notes() {
		return this.notes;
	}

	/** The path variables for a user and scope: one array per request to send. */
	public List<Object[]> variablesFor(RouteWorld world, String user, Scope scope) throws Exception {
		if (this.variables != null) {
			return this.variables.of(world, user, scope);
		}
		if (this.kind != null) {
			return world.records(this.kind).of(user, scope);
		}
		return (scope == Scope.OWN) ? List.<Object[]>of(new Object[0]) : List.of();
	}

	@Override
	public String toString() {
		return key();
	}

	/** One request of the matrix: who sends it, whether they may, whose record. */
	public record Call(RouteWorld world, String user, Role role, boolean allowed, Scope scope) {

	}

	/** A value computed for one request (a body, a parameter, a header). */
	@FunctionalInterface
	public interface Value {

		Object of(Call call) throws Exception;

	}

	/** Path variables computed for a user and scope. */
	@FunctionalInterface
	public interface Variables {

		List<Object[]> of(RouteWorld world, String user, Scope scope) throws Exception;

	}

}
