package org.fangkong.screening;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.fangkong.jurisdiction.JurisdictionView;
import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Role;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RouteCase;
import org.fangkong.support.RouteWorld;
import org.fangkong.support.Scope;
import org.fangkong.support.ScreeningJson;
import org.fangkong.support.TestIds;

import org.springframework.mock.web.MockMultipartFile;

import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.GRID_WORKER;
import static org.fangkong.shared.Role.HQ_STAFF;
import static org.fangkong.shared.Role.TOWNSHIP_OFFICER;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Screening and follow-up (R-SCR-1 … R-SCR-4): the ledger, screenings, persons, checks,
 * releases and Excel, for the roles that screen; releases, responsibility and merges for
 * the roles above the grid.
 *
 * <p>
 * The records: a screening (and its person) in 东岗社区 reported by {@code grid}, one in 新一村
 * by {@code grid2}, one in a grid of 神树镇 by the commander. Own and foreign: grid and
 * grid2 each see their own and not the other's; the township 铁力镇 sees 东岗社区, not 神树镇.
 */
class ScreeningRoutes implements ModuleRoutes {

	static final Set<Role> SCREENING = Set.of(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, GRID_WORKER);

	/** Who approves releases, names the responsible and merges persons. */
	static final Set<Role> APPROVERS = Set.of(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER);

	@Override
	public void prepare(RouteWorld world) throws Exception {
		long dongGang = world.tree().node("东岗社区");
		long xinYi = world.tree().node("新一村");
		long shenshu = gridBelow(world, world.tree().node("神树镇"));
		String first = world.postJson("grid", "/api/v1/screenings", under(dongGang).json());
		String second = world.postJson("grid2", "/api/v1/screenings", under(xinYi).json());
		String third = world.postJson("commander", "/api/v1/screenings", under(shenshu).json());
		for (String kind : List.of("screening", "person")) {
			String path = kind.equals("screening") ? "$.id" : "$.personId";
			long one = id(first, path);
			long two = id(second, path);
			long three = id(third, path);
			world.records(kind)
				.reference(one)
				.own("grid", one)
				.foreign("grid", two)
				.own("grid2", two)
				.foreign("grid2", one)
				.own("township", one)
				.foreign("township", three);
		}
		world.records("idNumber").reference(JsonPath.read(first, "$.idNumber").toString());
	}

	/** Under a measure, so that checks, releases and lead checks apply. */
	static ScreeningJson under(long grid) {
		return ScreeningJson.in(grid).origin("HUBEI", "湖北省武汉市");
	}

	private static long id(String json, String path) {
		return ((Number) JsonPath.read(json, path)).longValue();
	}

	private static long gridBelow(RouteWorld world, long township) {
		Jurisdictions jurisdictions = world.bean(Jurisdictions.class);
		return jurisdictions.all()
			.stream()
			.filter(JurisdictionView::isGrid)
			.filter((node) -> below(jurisdictions, node, township))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private static boolean below(Jurisdictions jurisdictions, JurisdictionView node, long ancestor) {
		for (Long parent = node.parentId(); parent != null; parent = jurisdictions.find(parent)
			.orElseThrow()
			.parentId()) {
			if (parent == ancestor) {
				return true;
			}
		}
		return false;
	}

	/** The grid a user reports into: their own, or 东岗社区 for the roles above. */
	private static long gridOf(RouteCase.Call call) {
		return call.world().tree().node("grid2".equals(call.user()) ? "新一村" : "东岗社区");
	}

	@Override
	public List<RouteCase> routes() {
		return List.of(
				// the ledger, export and import
				// issue #8 items 2 and 7: the search box and the dates go with the list
				// and its
				// export
				RouteCase.get("/screening").allow(SCREENING).param("q", "0517"),
				RouteCase.get("/screening/export")
					.allow(SCREENING)
					.param("q", "13900001111")
					.param("from", "2020-01-01")
					.param("sort", "name"),
				RouteCase.get("/screening/template").allow(SCREENING),
				RouteCase.get("/screening/import").allow(SCREENING),
				RouteCase.post("/screening/import")
					.allow(SCREENING)
					.file("file", (call) -> template(call))
					.because("the empty template: a dry run that changes nothing")
					.expect(200),
				RouteCase.post("/screening/import/{token}/commit")
					.allow(SCREENING)
					.variables(ScreeningRoutes::upload)
					.because("commits a dry run of the empty template")
					.expect(200),
				RouteCase.get("/api/v1/screenings").allow(SCREENING).param("q", "矩阵"),
				RouteCase.get("/api/v1/screenings/export")
					.allow(SCREENING)
					.param("q", "0517")
					.param("to", "2030-12-31")
					.param("dir", "asc"),
				RouteCase.post("/api/v1/screenings/import")
					.allow(SCREENING)
					.file("file", (call) -> template(call))
					.param("dryRun", "true")
					.expect(200),
				// a new screening
				RouteCase.get("/screening/new").allow(SCREENING),
				RouteCase.post("/screening/new")
					.allow(SCREENING)
					.param("name", "矩阵表单排查")
					.param("idType", "RESIDENT_ID")
					.param("idNumber", (call) -> TestIds.next())
					.param("phone", "13900003333")
					.param("gridId", ScreeningRoutes::gridOf)
					.param("leadSource", "GRID_FOUND")
					.param("originClass", "HUBEI")
					.param("originPlace", "湖北省武汉市")
					.param("arrivalDate", (call) -> java.time.LocalDate.now().minusDays(2))
					.param("transportMode", "TRAIN")
					.expect(302),
				RouteCase.post("/api/v1/screenings")
					.allow(SCREENING)
					.json((call) -> under(gridOf(call)).json())
					.expect(201),
				// one screening
				RouteCase.get("/screening/{id}").allow(SCREENING).record("screening"),
				RouteCase.get("/api/v1/screenings/{id}").allow(SCREENING).record("screening"),
				RouteCase.post("/screening/{id}/checks")
					.allow(SCREENING)
					.record("screening")
					.param("temperature", "36.5")
					.expect(302),
				RouteCase.post("/api/v1/screenings/{id}/checks")
					.allow(SCREENING)
					.record("screening")
					.json((call) -> "{\"temperature\":36.5}")
					.expect(201),
				RouteCase.post("/screening/{id}/release")
					.allow(APPROVERS)
					.passing(SCREENING)
					.record("screening")
					.because("before the planned end: refused into the page's message")
					.expect(302),
				RouteCase.post("/api/v1/screenings/{id}/release")
					.allow(APPROVERS)
					.record("screening")
					.because("before the planned end: 400")
					.expect(400),
				RouteCase.post("/screening/{id}/lead-check")
					.allow(SCREENING)
					.record("screening")
					.param("result", "CONFIRMED_HERE")
					.expect(302),
				RouteCase.post("/api/v1/screenings/{id}/lead-check")
					.allow(SCREENING)
					.record("screening")
					.json((call) -> "{\"result\":\"CONFIRMED_HERE\"}")
					.expect(200),
				RouteCase.post("/screening/{id}/responsible")
					.allow(APPROVERS)
					.passing(SCREENING)
					.record("screening")
					.param("level", "HOUSEHOLD")
					.param("name", "矩阵干部")
					.param("title", "户长")
					.expect(302),
				RouteCase.post("/api/v1/screenings/{id}/responsible")
					.allow(APPROVERS)
					.record("screening")
					.json((call) -> "{\"level\":\"HOUSEHOLD\",\"name\":\"矩阵干部\",\"title\":\"户长\"}")
					.expect(204),
				// persons
				RouteCase.get("/api/v1/persons")
					.allow(SCREENING)
					.param("idNumber", (call) -> call.world().records("idNumber").of(null, Scope.OWN).get(0)[0]),
				RouteCase.get("/api/v1/persons/{id}").allow(SCREENING).record("person"),
				RouteCase.post("/api/v1/persons/{id}/merge")
					.allow(APPROVERS)
					.record("person")
					.json((call) -> "{\"duplicateId\":" + duplicate(call) + "}")
					.because("merges a duplicate made for the request into the user's own person")
					.expect(204),
				// issue #9 item 1: transfer requests
				RouteCase.get("/api/v1/screening/transfers").allow(APPROVERS),
				RouteCase.get("/screening/transfers").allow(APPROVERS),
				RouteCase.post("/screening/transfers/{id}/approve")
					.allow(APPROVERS)
					.variables(ScreeningRoutes::transfer)
					.because("the page's approve button: the same request as the API's")
					.expect(302),
				RouteCase.post("/screening/transfers/{id}/reject")
					.allow(APPROVERS)
					.variables(ScreeningRoutes::transfer)
					.because("the page's reject button: the same request as the API's")
					.expect(302),
				RouteCase.post("/api/v1/screening/transfers/{id}/approve")
					.allow(APPROVERS)
					.variables(ScreeningRoutes::transfer)
					.because("a fresh request from 东岗社区 to 新一村; foreign: from 神树镇, which 铁力镇 does not see")
					.expect(200),
				RouteCase.post("/api/v1/screening/transfers/{id}/reject")
					.allow(APPROVERS)
					.variables(ScreeningRoutes::transfer)
					.because("a fresh request from 东岗社区 to 新一村; foreign: from 神树镇, which 铁力镇 does not see")
					.expect(200));
	}

	/**
	 * A fresh transfer request for an allowed user: grid2 reports the ID number of a
	 * person of 东岗社区 (own) or of a grid of 神树镇 (foreign, for the township only); any id
	 * for the others.
	 */
	private static List<Object[]> transfer(RouteWorld world, String user, Scope scope) throws Exception {
		if (user == null || !APPROVERS.contains(DemoUsers.ROLES.get(user))) {
			return List.<Object[]>of(new Object[] { Long.MAX_VALUE });
		}
		if (scope == Scope.FOREIGN && !"township".equals(user)) {
			return List.of();
		}
		long from = (scope == Scope.FOREIGN) ? gridBelow(world, world.tree().node("神树镇")) : world.tree().node("东岗社区");
		String id = TestIds.next();
		world.postJson("commander", "/api/v1/screenings", under(from).idNumber(id).json());
		world.postJson("grid2", "/api/v1/screenings", under(world.tree().node("新一村")).idNumber(id).json());
		Long transfer = world.bean(org.springframework.jdbc.core.JdbcTemplate.class)
			.queryForObject("select max(id) from person_transfer", Long.class);
		return List.<Object[]>of(new Object[] { transfer });
	}

	/** A fresh person in 东岗社区 to merge away, for the requests that would merge. */
	private static long duplicate(RouteCase.Call call) throws Exception {
		if (!call.allowed() || call.scope() != Scope.OWN) {
			return Long.MAX_VALUE;
		}
		return id(call.world().postJson("grid", "/api/v1/screenings", under(call.world().tree().node("东岗社区")).json()),
				"$.personId");
	}

	private static byte[] template(RouteCase.Call call) {
		return call.world().bean(LedgerExport.class).template();
	}

	/**
	 * A dry run of the empty template, made for an allowed user's request (a commit takes
	 * the upload away); any token for the others.
	 */
	private static List<Object[]> upload(RouteWorld world, String user, Scope scope) throws Exception {
		if (scope == Scope.FOREIGN) {
			return List.of();
		}
		if (user == null || !SCREENING.contains(DemoUsers.ROLES.get(user))) {
			return List.<Object[]>of(new Object[] { UUID.randomUUID().toString() });
		}
		Object token = world.mvc()
			.perform(multipart("/screening/import")
				.file(new MockMultipartFile("file", "ledger.xlsx", "application/octet-stream",
						world.bean(LedgerExport.class).template()))
				.session(DemoUsers.session(world.mvc(), user))
				.with(csrf()))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("token");
		return List.<Object[]>of(new Object[] { token });
	}

}
