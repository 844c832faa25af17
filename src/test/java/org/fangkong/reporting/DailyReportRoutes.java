package org.fangkong.reporting;

import java.util.List;
import java.util.Set;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RouteCase;
import org.fangkong.support.RouteWorld;
import org.fangkong.support.Scope;

import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.GRID_WORKER;
import static org.fangkong.shared.Role.HQ_STAFF;
import static org.fangkong.shared.Role.TOWNSHIP_OFFICER;

/**
 * The daily report's routes (issue #10 items 3–6, 8): the grids, townships and the HQ
 * read the reports of their scope; each fills in its own unit's report; the level above
 * approves or returns it. The records: the report due now of 东岗社区 (grid), 新一村 (grid2),
 * 铁力镇 (township), the city (commander, HQ staff), and, as foreign records, the neighbour
 * grid's and 神树镇's. Since the matrix sends every write once per user in an order of its
 * own, a write on one's own report answers 200 or, when an earlier request already moved
 * the report on, 422.
 */
class DailyReportRoutes implements ModuleRoutes {

	static final Set<Role> UNITS = Set.of(GRID_WORKER, TOWNSHIP_OFFICER, HQ_STAFF, COMMANDER);

	static final Set<Role> APPROVERS = Set.of(TOWNSHIP_OFFICER, HQ_STAFF, COMMANDER);

	@Override
	public void prepare(RouteWorld world) throws Exception {
		DailyReports reports = world.bean(DailyReports.class);
		Actor commander = world.actor("commander");
		long donggang = reports.open(world.actor("grid"), null, null).id();
		long xinyi = reports.open(world.actor("grid2"), null, null).id();
		long tieli = reports.open(world.actor("township"), null, null).id();
		long city = reports.open(commander, null, null).id();
		long shenshuNode = world.tree().node("神树镇");
		long shenshu = reports.open(commander, null, shenshuNode).id();
		long shenshuGridNode = world.bean(Jurisdictions.class).children(commander, shenshuNode).get(0).id();
		long shenshuGrid = reports.open(commander, null, shenshuGridNode).id();
		world.records("dailyReport")
			.reference(city)
			.own("grid", donggang)
			.foreign("grid", xinyi)
			.own("grid2", xinyi)
			.foreign("grid2", donggang)
			.own("township", tieli)
			.foreign("township", shenshu)
			.own("commander", city)
			.own("hq-screening", city);
		world.records("dailyReport.toApprove")
			.reference(city)
			.own("township", donggang)
			.foreign("township", shenshuGrid)
			.own("commander", tieli)
			.own("hq-screening", shenshu);
		world.records("dailyReport.unit")
			.reference(commander.jurisdictionId())
			.own("grid", world.tree().node("东岗社区"))
			.foreign("grid", world.tree().node("新一村"))
			.own("grid2", world.tree().node("新一村"))
			.foreign("grid2", world.tree().node("东岗社区"))
			.own("township", world.tree().node("铁力镇"))
			.foreign("township", shenshuNode);
	}

	@Override
	public List<RouteCase> routes() {
		return List.of(RouteCase.get("/daily-reports").allow(UNITS),
				RouteCase.get("/daily-reports/open")
					.allow(UNITS)
					.variables(DailyReportRoutes::unit)
					.param("jurisdictionId", (call) -> unitOf(call))
					.because("opens (and makes) the report of a unit, then redirects to it")
					.expect(302),
				RouteCase.get("/daily-reports/{id}").allow(UNITS).record("dailyReport"),
				RouteCase.get("/daily-reports/{id}.pdf").allow(UNITS).record("dailyReport"),
				RouteCase.get("/daily-reports/{id}.xlsx").allow(UNITS).record("dailyReport"),
				RouteCase.post("/daily-reports/{id}")
					.allow(UNITS)
					.record("dailyReport")
					.param("remark", "矩阵测试")
					.because("a refused step (already submitted) is a message on the report's page")
					.expect(302),
				RouteCase.post("/daily-reports/{id}/submit").allow(UNITS).record("dailyReport").expect(302),
				RouteCase.post("/daily-reports/{id}/approve")
					.allow(APPROVERS)
					.passing(UNITS)
					.record("dailyReport.toApprove")
					.because("grid workers read and fill reports but never approve one")
					.expect(302),
				RouteCase.post("/daily-reports/{id}/return")
					.allow(APPROVERS)
					.passing(UNITS)
					.record("dailyReport.toApprove")
					.param("reason", "矩阵测试")
					.expect(302),
				RouteCase.get("/api/v1/daily-reports")
					.allow(UNITS)
					.variables(DailyReportRoutes::unit)
					.param("jurisdictionId", (call) -> unitOf(call)),
				RouteCase.put("/api/v1/daily-reports/{id}")
					.allow(UNITS)
					.record("dailyReport")
					.json((call) -> "{\"remark\":\"矩阵测试\",\"typed\":{\"screening.homeVisits\":1}}")
					.expect(200, 422),
				RouteCase.post("/api/v1/daily-reports/{id}/submit").allow(UNITS).record("dailyReport").expect(200, 422),
				RouteCase.post("/api/v1/daily-reports/{id}/approve")
					.allow(APPROVERS)
					.record("dailyReport.toApprove")
					.expect(200, 422),
				RouteCase.post("/api/v1/daily-reports/{id}/return")
					.allow(APPROVERS)
					.record("dailyReport.toApprove")
					.json((call) -> "{\"reason\":\"矩阵测试\"}")
					.expect(200, 422),
				RouteCase.get("/api/v1/daily-reports/{id}.pdf").allow(UNITS).record("dailyReport"),
				RouteCase.get("/api/v1/daily-reports/{id}.xlsx").allow(UNITS).record("dailyReport"));
	}

	/** One request per user and scope for the user's own or foreign unit. */
	private static List<Object[]> unit(RouteWorld world, String user, Scope scope) {
		return world.records("dailyReport.unit").of(user, scope).stream().map((v) -> new Object[0]).toList();
	}

	private static Object unitOf(RouteCase.Call call) {
		return call.world().records("dailyReport.unit").of(call.user(), call.scope()).get(0)[0];
	}

}
