package org.fangkong.disinfection;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RouteCase;
import org.fangkong.support.RouteWorld;

import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.GRID_WORKER;
import static org.fangkong.shared.Role.HQ_STAFF;
import static org.fangkong.shared.Role.TOWNSHIP_OFFICER;

/**
 * Disinfection (issue #16 item 1): planners (commanders, HQ staff, township officers)
 * keep the plan, teams (grid workers, township officers) complete tasks, all of them
 * read. The records: a task in 东岗社区 (the grid worker's and the township officer's;
 * foreign for grid2) and one in 新一村 (grid2's; foreign for grid and the township officer
 * of 铁力镇), and a done task with a photo in each.
 */
class DisinfectionRoutes implements ModuleRoutes {

	static final Set<Role> READERS = Set.of(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, GRID_WORKER);

	static final Set<Role> PLANNERS = Set.of(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER);

	static final Set<Role> TEAMS = Set.of(GRID_WORKER, TOWNSHIP_OFFICER);

	@Override
	public void prepare(RouteWorld world) throws Exception {
		Actor commander = world.actor("commander");
		DisinfectionPlan plan = world.bean(DisinfectionPlan.class);
		DisinfectionTasks tasks = world.bean(DisinfectionTasks.class);
		long donggang = world.tree().node("东岗社区");
		long xinyi = world.tree().node("新一村");
		long own = plan.add(commander, place(world.unique("路由场所"), donggang));
		long foreign = plan.add(commander, place(world.unique("路由场所"), xinyi));
		long photographed = plan.add(commander, place(world.unique("路由场所"), donggang));
		long photographedThere = plan.add(commander, place(world.unique("路由场所"), xinyi));
		LocalDate today = LocalDate.now(world.bean(Clock.class));
		world.bean(TaskGeneration.class).generate(today);
		long ownTask = taskOf(tasks, commander, today, own);
		long foreignTask = taskOf(tasks, commander, today, foreign);
		long photoTask = taskOf(tasks, commander, today, photographed);
		long photoThere = taskOf(tasks, commander, today, photographedThere);
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		tasks.complete(world.actor("grid"), photoTask, new Completion(null, "路由队", "84消毒液", 10), png.toByteArray());
		tasks.complete(world.actor("grid2"), photoThere, new Completion(null, "路由队", "84消毒液", 10), png.toByteArray());
		world.records("task")
			.reference(ownTask)
			.foreign("grid", foreignTask)
			.foreign("township", foreignTask)
			.own("grid2", foreignTask)
			.foreign("grid2", ownTask);
		world.records("place").reference(own).foreign("township", foreign);
		world.records("photo")
			.reference(photoTask)
			.own("grid2", photoThere)
			.foreign("grid2", photoTask)
			.foreign("grid", photoThere)
			.foreign("township", photoThere);
	}

	@Override
	public List<RouteCase> routes() {
		return List.of(RouteCase.get("/api/v1/disinfection/places").allow(READERS),
				RouteCase.post("/api/v1/disinfection/places")
					.allow(PLANNERS)
					.json((call) -> "{\"name\":\"路由API场所\",\"kind\":\"GARBAGE_POINT\",\"jurisdictionId\":"
							+ call.world().tree().node("东岗社区") + "}")
					.expect(201),
				RouteCase.post("/api/v1/disinfection/places/{id}/closure")
					.allow(PLANNERS)
					.record("place")
					.json((call) -> "{\"closedFrom\":\"2026-01-01\",\"closedUntil\":\"2026-02-01\"}")
					.expect(200),
				RouteCase.put("/api/v1/disinfection/places/{id}")
					.allow(PLANNERS)
					.record("place")
					.json((call) -> "{\"name\":\"路由改名场所\",\"kind\":\"PUBLIC_TOILET\",\"frequencyDays\":3}")
					.expect(200),
				RouteCase.put("/api/v1/disinfection/kinds/{kind}")
					.allow(COMMANDER, HQ_STAFF)
					.variables((world, user, scope) -> (scope == org.fangkong.support.Scope.FOREIGN)
							? List.<Object[]>of() : List.<Object[]>of(new Object[] { "OTHER" }))
					.json((call) -> "{\"frequencyDays\":7}")
					.expect(200)
					.because("the city-wide default of a kind; set to what it was"),
				RouteCase.post("/disinfection/kinds")
					.allow(COMMANDER, HQ_STAFF)
					.passing(READERS)
					.param("kind", "OTHER")
					.param("frequencyDays", "7")
					.expect(302),
				RouteCase.get("/disinfection/places/{id}/edit").allow(PLANNERS).passing(READERS).record("place"),
				RouteCase.post("/disinfection/places/{id}")
					.allow(PLANNERS)
					.passing(READERS)
					.record("place")
					.param("name", "路由页面改名")
					.param("kind", "OTHER")
					.expect(302),
				RouteCase.post("/disinfection/places/{id}/closure")
					.allow(PLANNERS)
					.passing(READERS)
					.record("place")
					.param("closedFrom", "2026-01-01")
					.param("closureReason", "路由关停")
					.expect(302),
				RouteCase.get("/api/v1/disinfection/tasks").allow(READERS),
				RouteCase.post("/api/v1/disinfection/tasks/{id}/complete")
					.allow(TEAMS)
					.record("task")
					.json((call) -> "{\"team\":\"路由队\",\"agent\":\"84消毒液\",\"areaM2\":30}")
					.because("done once, a task is not done again")
					.expect(200, 422),
				RouteCase.get("/disinfection").allow(READERS),
				RouteCase.get("/disinfection/tasks/{id}").allow(READERS).record("task"),
				RouteCase.post("/disinfection/tasks/{id}/complete")
					.allow(TEAMS)
					.passing(READERS)
					.record("task")
					.param("team", "路由队")
					.param("agent", "84消毒液")
					.param("areaM2", "30")
					.expect(302, 422),
				RouteCase.get("/disinfection/tasks/{id}/photo").allow(READERS).record("photo"),
				RouteCase.get("/disinfection/places").allow(READERS),
				RouteCase.post("/disinfection/places")
					.allow(PLANNERS)
					.passing(READERS)
					.param("name", "路由页面场所")
					.param("kind", "PUBLIC_TOILET")
					.param("jurisdictionId", (call) -> Long.toString(call.world().tree().node("东岗社区")))
					.expect(302));
	}

	private static org.fangkong.disinfection.PlaceRequest place(String name, long node) {
		return new PlaceRequest(name, "OTHER", node, null, null, null, null, null, null, null);
	}

	private static long taskOf(DisinfectionTasks tasks, Actor actor, LocalDate day, long place) {
		return tasks.dueOn(actor, day).stream().filter((t) -> t.placeId() == place).findFirst().orElseThrow().id();
	}

}
