package org.fangkong.roster;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RouteCase;
import org.fangkong.support.RouteWorld;
import org.fangkong.support.Scope;

import org.springframework.mock.web.MockMultipartFile;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.HQ_STAFF;

/**
 * Duty rosters (issue #11): commanders and HQ staff plan (the staff pool, rosters,
 * solving), only commanders publish. The records: a draft roster for one village
 * checkpoint and a person of the pool, both of the city (the demo planners are city-wide,
 * so no demo user has a foreign one; RosterApiTests checks a township commander's 404).
 */
class RosterRoutes implements ModuleRoutes {

	static final Set<Role> PLANNERS = Set.of(COMMANDER, HQ_STAFF);

	@Override
	public void prepare(RouteWorld world) throws Exception {
		Actor commander = world.actor("commander");
		long village = world.tree().checkpoint("新一村村口卡点");
		LocalDate day = LocalDate.now().plusDays(3);
		long roster = world.bean(Rosters.class)
			.create(commander, new Rosters.NewRoster(day, day, List.of(village)))
			.id();
		world.records("roster").reference(roster);
		world.records("village").reference(village);
		long staff = world.bean(StaffPool.class).list(commander, village).get(0).id();
		world.records("staff").reference(staff);
		// a solved roster of its own for pinning
		Rosters rosters = world.bean(Rosters.class);
		long solved = rosters.create(commander, new Rosters.NewRoster(day, day, List.of(village))).id();
		rosters.solve(commander, solved);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> rosters.get(commander, solved).roster().status() == RosterStatus.SOLVED);
		world.records("assignment").reference(solved, rosters.get(commander, solved).assignments().get(0).id());
		// a published roster of its own with a swap requested, for the changes
		long published = rosters
			.create(commander, new Rosters.NewRoster(day.plusDays(1), day.plusDays(1), List.of(village)))
			.id();
		rosters.solve(commander, published);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> rosters.get(commander, published).roster().status() == RosterStatus.SOLVED);
		rosters.publish(commander, published);
		List<Rosters.AssignmentView> seats = rosters.get(commander, published).assignments();
		Rosters.AssignmentView first = seats.get(0);
		Rosters.AssignmentView other = seats.stream()
			.filter((a) -> !a.staffId().equals(first.staffId()) && a.shiftStart().equals(first.shiftStart()))
			.findFirst()
			.orElseThrow();
		long swap = world.bean(RosterSwaps.class).request(commander, published, first.id(), other.id()).id();
		world.records("published").reference(published);
		world.records("swap").reference(published, swap);
		world.records("seats").reference(first.id(), other.id());
		long station = world.tree().checkpoint("神树火车站");
		long toll = world.tree().checkpoint("铁力收费站");
		world.records("dutyCheckpoint").reference(station).own("township", toll).foreign("township", station);
	}

	@Override
	public List<RouteCase> routes() {
		return List.of(RouteCase.get("/api/v1/rosters").allow(PLANNERS),
				// pages
				RouteCase.get("/rosters").allow(PLANNERS),
				RouteCase.post("/rosters")
					.allow(PLANNERS)
					.param("from", (call) -> LocalDate.now().plusDays(5).toString())
					.param("to", (call) -> LocalDate.now().plusDays(5).toString())
					.param("checkpointIds", (
							call) -> call.world().records("village").of(null, org.fangkong.support.Scope.OWN).get(0)[0])
					.expect(302),
				RouteCase.get("/rosters/{id}").allow(PLANNERS).record("roster"),
				RouteCase.get("/rosters/{id}/progress").allow(PLANNERS).record("roster"),
				RouteCase.post("/rosters/{id}/solve").allow(PLANNERS).record("roster").expect(302, 422),
				RouteCase.post("/rosters/{id}/stop").allow(PLANNERS).record("roster").expect(302),
				RouteCase.post("/rosters/{id}/publish")
					.allow(COMMANDER)
					.passing(PLANNERS)
					.record("roster")
					.because("only a commander publishes; before it is solved the answer is 422")
					.expect(302, 422),
				RouteCase.post("/rosters/{id}/assignments/{assignmentId}/pin")
					.allow(PLANNERS)
					.record("assignment")
					.param("pinned", "true")
					.expect(302),
				RouteCase.post("/rosters/{id}/replan")
					.allow(PLANNERS)
					.record("roster")
					.param("from", (call) -> LocalDate.now().plusDays(3).toString())
					.because("a draft is not re-planned: back to the page with the reason")
					.expect(302),
				RouteCase.post("/rosters/{id}/swaps")
					.allow(PLANNERS)
					.record("published")
					.param("assignmentId",
							(call) -> call.world().records("seats").of(null, org.fangkong.support.Scope.OWN).get(0)[0])
					.param("otherAssignmentId",
							(call) -> call.world().records("seats").of(null, org.fangkong.support.Scope.OWN).get(0)[1])
					.expect(302),
				RouteCase.post("/rosters/{id}/swaps/{swapId}/approve")
					.allow(COMMANDER)
					.passing(PLANNERS)
					.record("swap")
					.because("only a commander decides (HQ staff 403); a decided swap comes back with the reason")
					.expect(302),
				RouteCase.post("/rosters/{id}/swaps/{swapId}/refuse")
					.allow(COMMANDER)
					.passing(PLANNERS)
					.record("swap")
					.because("only a commander decides (HQ staff 403); a decided swap comes back with the reason")
					.expect(302),
				RouteCase.post("/my-shifts/swap")
					.passing(Set.of(Role.CHECKPOINT_CREW, Role.HOTLINE_OPERATOR))
					.param("rosterId",
							(call) -> call.world()
								.records("published")
								.of(null, org.fangkong.support.Scope.OWN)
								.get(0)[0])
					.param("assignmentId",
							(call) -> call.world().records("seats").of(null, org.fangkong.support.Scope.OWN).get(0)[0])
					.param("otherAssignmentId",
							(call) -> call.world().records("seats").of(null, org.fangkong.support.Scope.OWN).get(0)[1])
					.because("only one of the two people of the shifts (RosterChangesTests); the demo crew and"
							+ " the demo operator are neither: 403"),
				RouteCase.get("/rosters/{id}/print").allow(PLANNERS).record("published"),
				RouteCase.get("/rosters/{id}/export.xlsx").allow(PLANNERS).record("published"),
				RouteCase.get("/rosters/demand/{checkpointId}").allow(PLANNERS).record("village"),
				RouteCase.post("/rosters/demand/{checkpointId}")
					.allow(PLANNERS)
					.record("village")
					.because(
							"no rows: the defaults of a village checkpoint, so the other cases' rosters stay as they are")
					.expect(302),
				RouteCase.get("/rosters/staff/import").allow(PLANNERS),
				RouteCase.post("/rosters/staff/import")
					.allow(PLANNERS)
					.file("file", (call) -> header())
					.because("a header only: a dry run that changes nothing")
					.expect(200),
				RouteCase.post("/rosters/staff/import/{token}/commit")
					.allow(PLANNERS)
					.variables(RosterRoutes::stagedImport)
					.because("commits a dry run of a header only: no rows")
					.expect(200),
				RouteCase.get("/rosters/staff").allow(PLANNERS),
				RouteCase.post("/rosters/staff")
					.allow(PLANNERS)
					.param("name", "矩阵人员")
					.param("grade", "GENERAL")
					.expect(302),
				RouteCase.get("/rosters/staff/{id}").allow(PLANNERS).record("staff"),
				RouteCase.post("/rosters/staff/{id}/preferences")
					.allow(PLANNERS)
					.record("staff")
					.param("noNights", "false")
					.expect(302),
				RouteCase.post("/rosters/staff/{id}/unavailability")
					.allow(PLANNERS)
					.record("staff")
					.param("from", "2031-01-01T08:00")
					.param("until", "2031-01-02T08:00")
					.param("reason", "LEAVE")
					.expect(302),
				RouteCase.get("/my-shifts").allow(Role.CHECKPOINT_CREW, Role.HOTLINE_OPERATOR),
				// issue #12: who answers the hotline now and next, on the hotline's page
				RouteCase.get("/rosters/hotline-on-duty").allow(Role.HOTLINE_OPERATOR, Role.MEDIC, COMMANDER, HQ_STAFF),
				RouteCase.get("/rosters/on-duty/{checkpointId}")
					.allow(Role.ADMIN, COMMANDER, HQ_STAFF, Role.TOWNSHIP_OFFICER)
					.record("dutyCheckpoint"),
				// the API
				RouteCase.post("/api/v1/rosters")
					.allow(PLANNERS)
					.json((call) -> """
							{"from":"%s","to":"%s","checkpointIds":[%d]}""".formatted(LocalDate.now().plusDays(5),
							LocalDate.now().plusDays(5),
							call.world().records("village").of(null, org.fangkong.support.Scope.OWN).get(0)[0]))
					.expect(201),
				RouteCase.get("/api/v1/rosters/{id}").allow(PLANNERS).record("roster"),
				RouteCase.post("/api/v1/rosters/{id}/solve")
					.allow(PLANNERS)
					.record("roster")
					.because("a second planner's request finds it solving or solved and published")
					.expect(202, 422),
				RouteCase.post("/api/v1/rosters/{id}/stop").allow(PLANNERS).record("roster").expect(202),
				RouteCase.post("/api/v1/rosters/{id}/publish")
					.allow(COMMANDER)
					.record("roster")
					.because("only a commander publishes; before it is solved the answer is 422")
					.expect(200, 422),
				// changes to a published roster
				RouteCase.post("/api/v1/rosters/{id}/replan")
					.allow(PLANNERS)
					.record("roster")
					.json((call) -> "{\"from\":\"" + LocalDate.now().plusDays(3) + "\"}")
					.because("a draft is not re-planned (422); published by the publish case first, it is (202); "
							+ "RosterChangesTests checks both")
					.expect(202, 422),
				RouteCase.get("/api/v1/rosters/{id}/swaps").allow(PLANNERS).record("published"),
				RouteCase.get("/api/v1/rosters/{id}/export.xlsx").allow(PLANNERS).record("published"),
				RouteCase.post("/api/v1/rosters/{id}/swaps").allow(PLANNERS).record("published").json((call) -> {
					Object[] seats = call.world().records("seats").of(null, org.fangkong.support.Scope.OWN).get(0);
					return "{\"assignmentId\":%s,\"otherAssignmentId\":%s}".formatted(seats[0], seats[1]);
				})
					.because("the seats' swap requested in prepare waits (422); one of the two people may too "
							+ "(RosterChangesTests)")
					.expect(201, 422),
				RouteCase.post("/api/v1/rosters/{id}/swaps/{swapId}/approve")
					.allow(COMMANDER)
					.record("swap")
					.because("only a commander decides; the second decision finds it decided (422)")
					.expect(200, 422),
				RouteCase.post("/api/v1/rosters/{id}/swaps/{swapId}/refuse")
					.allow(COMMANDER)
					.record("swap")
					.because("only a commander decides; the second decision finds it decided (422)")
					.expect(200, 422),
				RouteCase.get("/api/v1/shift-patterns/{checkpointId}").allow(PLANNERS).record("village"),
				RouteCase.put("/api/v1/shift-patterns/{checkpointId}")
					.allow(PLANNERS)
					.record("village")
					.json((call) -> """
							[{"start":"08:00","hours":12,"village":2},{"start":"20:00","hours":12,"village":2}]""")
					.because("the defaults of a village checkpoint, so the other cases' rosters stay as they are")
					.expect(200),
				RouteCase.get("/api/v1/staff").allow(PLANNERS),
				RouteCase.post("/api/v1/staff").allow(PLANNERS).json((call) -> """
						{"name":"矩阵人员","grade":"GENERAL","echelon":1}""").expect(201),
				RouteCase.get("/api/v1/staff/{id}").allow(PLANNERS).record("staff"),
				RouteCase.get("/api/v1/staff/{id}/shifts.ics")
					.allow(PLANNERS)
					.record("staff")
					.because("the person themselves too (RosterApiTests); this one has no user account"),
				RouteCase.post("/api/v1/staff/import")
					.allow(PLANNERS)
					.file("file", (call) -> header())
					.param("dryRun", "true")
					.expect(200),
				RouteCase.put("/api/v1/staff/{id}/preferences")
					.allow(PLANNERS)
					.record("staff")
					.json((call) -> "{\"noNights\":false,\"daysOff\":[]}")
					.expect(200),
				RouteCase.post("/api/v1/staff/{id}/unavailability")
					.allow(PLANNERS)
					.record("staff")
					.json((call) -> """
							{"from":"2030-01-01T00:00:00Z","until":"2030-01-02T00:00:00Z","reason":"LEAVE"}""")
					.expect(201));
	}

	/**
	 * The token of a staged dry run of {@link #header()} for a planner (a fresh one per
	 * request, since a commit removes its file); an unknown token for anyone else.
	 */
	private static List<Object[]> stagedImport(RouteWorld world, String user, Scope scope) throws Exception {
		if (scope == Scope.FOREIGN) {
			return List.of();
		}
		if (user == null || !PLANNERS.contains(DemoUsers.ROLES.get(user))) {
			return List.<Object[]>of(new Object[] { java.util.UUID.randomUUID().toString() });
		}
		Object token = world.mvc()
			.perform(multipart("/rosters/staff/import").file(new MockMultipartFile("file", "pool.xlsx", null, header()))
				.session(DemoUsers.session(world.mvc(), user))
				.with(csrf()))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("token");
		return List.<Object[]>of(new Object[] { token });
	}

	/** A workbook with the import's header and no rows. */
	static byte[] header() throws Exception {
		try (org.apache.poi.ss.usermodel.Workbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			org.apache.poi.ss.usermodel.Row row = workbook.createSheet().createRow(0);
			row.createCell(0).setCellValue("姓名");
			row.createCell(1).setCellValue("职级");
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
