package org.fangkong.volunteer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.fangkong.jurisdiction.Jurisdictions;
import org.fangkong.organisation.Organisation;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RouteCase;
import org.fangkong.support.RouteWorld;

import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.HQ_STAFF;
import static org.fangkong.shared.Role.TOWNSHIP_OFFICER;
import static org.fangkong.shared.Role.VOLUNTEER;

/**
 * Volunteers and dispatch (issue #15): commanders, HQ staff and townships keep the
 * reserve and issue orders in their jurisdiction; a volunteer answers the orders offered
 * to them. The records: an order in 铁力镇 offered to the demo volunteer (a township's own;
 * an order in 新一村, 工农乡, is the township's and the volunteer's foreign one), two orders to
 * cancel, the assault team of 东岗社区 (the village work team of the city is the township's
 * foreign team).
 */
class VolunteerRoutes implements ModuleRoutes {

	static final Set<Role> HQ = Set.of(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER);

	static final Set<Role> ORDER_READERS = Set.of(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, VOLUNTEER);

	@Override
	public void prepare(RouteWorld world) throws Exception {
		Actor commander = world.actor("commander");
		long me = world.bean(Volunteers.class).me(world.actor("volunteer")).id();
		long town = world.tree().node("铁力镇");
		long xinYi = world.tree().node("新一村");
		Dispatch dispatch = world.bean(Dispatch.class);
		Instant from = Instant.now().plus(40, ChronoUnit.DAYS);
		long order = dispatch
			.issue(commander,
					new NewOrder("矩阵任务", town, null, null, from, from.plusSeconds(3600), 5, null, null, null,
							List.of(me)))
			.id();
		long foreign = dispatch
			.issue(commander,
					new NewOrder("矩阵外地任务", xinYi, null, null, from, from.plusSeconds(3600), 1, null, null, 3, null))
			.id();
		world.records("order").reference(order).foreign("township", foreign).foreign("volunteer", foreign);
		for (String kind : List.of("cancel", "cancelPage")) {
			long cancel = dispatch
				.issue(commander,
						new NewOrder("矩阵撤销", town, null, null, from, from.plusSeconds(3600), 1, null, null, 1, null))
				.id();
			world.records(kind).reference(cancel).foreign("township", foreign);
		}
		List<Teams.TeamView> teams = world.bean(Teams.class).list(commander);
		long own = teams.stream().filter((t) -> t.name().equals("东岗社区突击队")).findFirst().orElseThrow().id();
		long city = teams.stream().filter((t) -> t.name().equals("新一村驻村工作队")).findFirst().orElseThrow().id();
		world.records("team").reference(own).foreign("township", city);
		Volunteers volunteers = world.bean(Volunteers.class);
		long editable = volunteers
			.add(commander,
					new NewVolunteer("矩阵编辑", null, java.time.LocalDate.of(1985, 5, 6), null, null, null, null, null,
							null, null, town))
			.id();
		long foreignVolunteer = volunteers
			.add(commander,
					new NewVolunteer("矩阵外地", null, java.time.LocalDate.of(1985, 5, 6), null, null, null, null, null,
							null, null, xinYi))
			.id();
		world.records("volunteerEdit").reference(editable).foreign("township", foreignVolunteer);
		long teamEdit = world.bean(Teams.class)
			.create(commander, new Teams.NewTeam("矩阵编辑队", TeamKind.ASSAULT_TEAM, null, List.of(editable), town))
			.id();
		world.records("teamEdit").reference(teamEdit).foreign("township", city);
		world.records("building")
			.reference(world.bean(Jurisdictions.class).findByCode("230781100001G2").orElseThrow().id());
		world.records("workUnit").reference(world.bean(Organisation.class).units().get(0).id());
	}

	@Override
	public List<RouteCase> routes() {
		return List.of(
				// the API
				RouteCase.get("/api/v1/volunteers").allow(HQ),
				RouteCase.post("/api/v1/volunteers")
					.allow(HQ)
					.json((call) -> """
							{"name":"矩阵志愿者","birthDate":"1990-03-04","skills":["DRIVING"],"phone":"13700000001"}""")
					.expect(201),
				RouteCase.post("/api/v1/volunteers/import")
					.allow(HQ)
					.param("dryRun", "true")
					.file("file", (call) -> WorkbookTests.workbook(
							new Object[] { "矩阵导入", "单位", "1990-03-04", null, 13700000002d, "驾驶", null, null, null }))
					.expect(200)
					.because("a dry run: nothing written"),
				RouteCase.get("/api/v1/volunteers/me")
					.signedIn()
					.expect(200, 404)
					.because("the caller's own record: 404 for a user who has none"),
				RouteCase.get("/api/v1/volunteers/{id}")
					.allow(HQ)
					.variables((world, user, scope) -> (scope == org.fangkong.support.Scope.FOREIGN)
							? List.<Object[]>of()
							: List.<Object[]>of(
									new Object[] { world.bean(Volunteers.class).me(world.actor("volunteer")).id() }))
					.because("the demo volunteer belongs to 铁力镇, inside every HQ user's scope"),
				RouteCase.put("/api/v1/volunteers/{id}")
					.allow(HQ)
					.record("volunteerEdit")
					.json((call) -> """
							{"name":"矩阵编辑","birthDate":"1985-05-06","skills":["MEDICAL"],"phone":"13700000003"}""")
					.expect(200)
					.because("the volunteer revised; foreign: another township's"),
				RouteCase.get("/api/v1/teams").allow(HQ), RouteCase.post("/api/v1/teams").allow(HQ).json((call) -> """
						{"name":"矩阵突击队","kind":"ASSAULT_TEAM"}""").expect(201),
				RouteCase.get("/api/v1/teams/{id}").allow(HQ).record("team"),
				RouteCase.put("/api/v1/teams/{id}").allow(HQ).record("teamEdit").json((call) -> """
						{"name":"矩阵编辑队","kind":"SCREENING_GROUP"}""").expect(200),
				RouteCase.post("/api/v1/teams/{id}/units")
					.allow(HQ)
					.record("team")
					.json((call) -> """
							{"jurisdictionId":%s,"workUnitId":%s}""".formatted(
							call.world().records("building").of(null, org.fangkong.support.Scope.OWN).get(0)[0],
							call.world().records("workUnit").of(null, org.fangkong.support.Scope.OWN).get(0)[0]))
					.expect(201),
				RouteCase.get("/api/v1/orders")
					.allow(ORDER_READERS)
					.because("a volunteer sees the orders offered to them"),
				RouteCase.post("/api/v1/orders").allow(HQ).json((call) -> """
						{"task":"矩阵下达","latitude":46.98,"longitude":128.03,"from":"2031-01-01T08:00:00Z",
						 "to":"2031-01-01T12:00:00Z","needed":2,"echelon":2}""").expect(201),
				RouteCase.get("/api/v1/orders/{id}")
					.allow(ORDER_READERS)
					.record("order")
					.because("the HQ of its jurisdiction, or a person it was offered to"),
				RouteCase.post("/api/v1/orders/{id}/accept")
					.allow(VOLUNTEER)
					.record("order")
					.expect(200, 409)
					.because("the first call accepts, a second is refused"),
				RouteCase.post("/api/v1/orders/{id}/decline")
					.allow(VOLUNTEER)
					.record("order")
					.expect(200, 409)
					.because("declined before or after accepting: 409 once accepted"),
				RouteCase.post("/api/v1/orders/{id}/check-in")
					.allow(VOLUNTEER)
					.record("order")
					.expect(409)
					.because("the order (5 seats) is not filled"),
				RouteCase.post("/api/v1/orders/{id}/complete")
					.allow(VOLUNTEER)
					.record("order")
					.json((call) -> "{\"note\":\"矩阵\"}")
					.expect(409)
					.because("not checked in"),
				RouteCase.post("/api/v1/orders/{id}/cancel")
					.allow(HQ)
					.record("cancel")
					.expect(200, 409)
					.because("the first HQ user cancels it; the others find it cancelled"),
				// pages
				RouteCase.get("/volunteers").allow(HQ), RouteCase.get("/volunteers/orders").allow(HQ),
				RouteCase.post("/volunteers/orders")
					.allow(HQ)
					.param("task", "矩阵页面下达")
					.param("from", "2031-02-01T08:00")
					.param("to", "2031-02-01T12:00")
					.param("needed", "2")
					.param("target", "echelon:1")
					.expect(302)
					.because("without a place it is the caller's own node"),
				RouteCase.get("/volunteers/orders/people")
					.allow(HQ)
					.param("q", "矩阵")
					.because("the people to name on the board's form, inside the caller's jurisdiction"),
				RouteCase.get("/volunteers/orders/{id}").allow(HQ).record("order"),
				RouteCase.post("/volunteers/orders/{id}/cancel").allow(HQ).record("cancelPage").expect(302),
				RouteCase.get("/volunteers/reserve").allow(HQ), RouteCase.get("/volunteers/export").allow(HQ),
				RouteCase.get("/volunteers/import").allow(HQ),
				RouteCase.post("/volunteers/import")
					.allow(HQ)
					.param("dryRun", "true")
					.file("file", (call) -> WorkbookTests.workbook(
							new Object[] { "矩阵导入", "单位", "1990-03-04", null, 13700000002d, "驾驶", null, null, null }))
					.expect(200),
				RouteCase.get("/volunteers/teams").allow(HQ),
				RouteCase.get("/volunteers/teams/{id}").allow(HQ).record("team"),
				RouteCase.get("/volunteers/reserve/new").allow(HQ),
				RouteCase.post("/volunteers/reserve")
					.allow(HQ)
					.param("name", "矩阵页面登记")
					.param("birthDate", "1991-02-03")
					.param("skills", "DRIVING")
					.expect(302)
					.because("saved: back to the reserve; the node is the caller's own"),
				RouteCase.get("/volunteers/reserve/{id}/edit").allow(HQ).record("volunteerEdit"),
				RouteCase.post("/volunteers/reserve/{id}")
					.allow(HQ)
					.record("volunteerEdit")
					.param("name", "矩阵编辑")
					.param("birthDate", "1985-05-06")
					.expect(302)
					.because("without a node the volunteer stays where they are"),
				RouteCase.get("/volunteers/teams/new").allow(HQ),
				RouteCase.post("/volunteers/teams")
					.allow(HQ)
					.param("name", "矩阵页面队")
					.param("kind", "ASSAULT_TEAM")
					.expect(302),
				RouteCase.get("/volunteers/teams/{id}/edit").allow(HQ).record("teamEdit"),
				RouteCase.post("/volunteers/teams/{id}")
					.allow(HQ)
					.record("teamEdit")
					.param("name", "矩阵编辑队")
					.param("kind", "ASSAULT_TEAM")
					.expect(302),
				RouteCase.post("/volunteers/teams/{id}/units")
					.allow(HQ)
					.record("team")
					.param("jurisdictionId",
							(call) -> call.world()
								.records("building")
								.of(null, org.fangkong.support.Scope.OWN)
								.get(0)[0])
					.param("workUnitId",
							(call) -> call.world()
								.records("workUnit")
								.of(null, org.fangkong.support.Scope.OWN)
								.get(0)[0])
					.expect(302),
				RouteCase.get("/my-orders").allow(VOLUNTEER),
				RouteCase.post("/my-orders/{id}/accept").allow(VOLUNTEER).record("order").expect(302),
				RouteCase.post("/my-orders/{id}/decline").allow(VOLUNTEER).record("order").expect(302),
				RouteCase.post("/my-orders/{id}/check-in").allow(VOLUNTEER).record("order").expect(302),
				RouteCase.post("/my-orders/{id}/complete")
					.allow(VOLUNTEER)
					.record("order")
					.param("note", "矩阵")
					.expect(302));
	}

}
