package org.fangkong.checkpoint;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fangkong.identity.Accounts;
import org.fangkong.shared.Actor;
import org.fangkong.shared.Role;
import org.fangkong.support.DemoTree;
import org.fangkong.support.DemoUsers;
import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RegistrationJson;
import org.fangkong.support.RouteCase;
import org.fangkong.support.RouteWorld;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.fangkong.shared.Role.ADMIN;
import static org.fangkong.shared.Role.CHECKPOINT_CREW;
import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.GRID_WORKER;
import static org.fangkong.shared.Role.HQ_STAFF;
import static org.fangkong.shared.Role.TOWNSHIP_OFFICER;

/**
 * The checkpoint module's routes (R-CP-1 … R-CP-5): the registry, the crew's pages, crew
 * duty, registrations and the public QR form.
 *
 * <p>
 * The records: the demo checkpoints, own and foreign per user (the crew serves 神树火车站, not
 * 铁力收费站; 东岗社区卡点 is the grid's, 新一村村口卡点 grid2's, 铁力收费站 is in the township 铁力镇, 神树火车站 is
 * not); a registration at each (by the demo crew, or by a crew user made for the matrix
 * and put on duty there); a pending self-registration at 神树火车站; and a checkpoint made for
 * the matrix (in 工农乡) with duties to end and a QR form to fill.
 */
class CheckpointRoutes implements ModuleRoutes {

	/** Who may open the checkpoint pages (the route rule). */
	static final Set<Role> CHECKPOINTS = Set.of(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, GRID_WORKER, CHECKPOINT_CREW,
			ADMIN);

	/** Who may read who is on duty at a checkpoint. */
	static final Set<Role> DIRECTORS = Set.of(ADMIN, COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER);

	/** Who may read a checkpoint's registrations: its crew, and supervisors over it. */
	static final Set<Role> READERS = Set.of(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, GRID_WORKER, CHECKPOINT_CREW);

	private String matrixCrew;

	private String knownIdNumber;

	@Override
	public void prepare(RouteWorld world) throws Exception {
		DemoTree tree = world.tree();
		long station = tree.checkpoint("神树火车站");
		long toll = tree.checkpoint("铁力收费站");
		long dongGang = tree.checkpoint("东岗社区卡点");
		long xinYi = tree.checkpoint("新一村村口卡点");
		long tieliStation = tree.checkpoint("铁力火车站");
		world.records("checkpoint")
			.reference(station)
			.own("crew", station)
			.foreign("crew", toll)
			.own("grid", dongGang)
			.foreign("grid", xinYi)
			.own("grid2", xinYi)
			.foreign("grid2", tieliStation)
			.own("township", toll)
			.foreign("township", station)
			.own("volunteer", toll)
			.foreign("volunteer", station);
		Actor admin = world.actor("admin");
		CrewDuty duty = world.bean(CrewDuty.class);
		// a crew user of the matrix's own, so that the demo crew's duties stay as they
		// are
		this.matrixCrew = world.unique("matrix-crew-");
		world.bean(Accounts.class)
			.createDemoUser(this.matrixCrew, DemoUsers.PASSWORD,
					new Accounts.Assignment("矩阵 值守", Set.of(CHECKPOINT_CREW), admin.jurisdictionId(), null, true));
		for (long checkpoint : List.of(toll, dongGang, xinYi)) {
			duty.assign(admin, checkpoint, new CrewDuty.NewAssignment(this.matrixCrew, null, null));
		}
		RegistrationJson known = RegistrationJson.crossing();
		this.knownIdNumber = known.idNumber();
		long atStation = register(world, "crew", station, known);
		long atToll = register(world, this.matrixCrew, toll, RegistrationJson.crossing());
		long atDongGang = register(world, this.matrixCrew, dongGang, RegistrationJson.crossing());
		long atXinYi = register(world, this.matrixCrew, xinYi, RegistrationJson.crossing());
		world.records("registration")
			.reference(station, atStation)
			.own("crew", station, atStation)
			.foreign("crew", toll, atToll)
			.own("grid", dongGang, atDongGang)
			.foreign("grid", xinYi, atXinYi)
			.own("grid2", xinYi, atXinYi)
			.foreign("grid2", dongGang, atDongGang)
			.own("township", toll, atToll)
			.foreign("township", station, atStation);
		SelfRegistrations self = world.bean(SelfRegistrations.class);
		long pending = pendingAt(world, self, station);
		long pendingElsewhere = pendingAt(world, self, toll);
		world.records("pending").reference(station, pending).foreign("crew", toll, pendingElsewhere);
		// the matrix's own checkpoint: crew duties to end, a QR form to fill
		Checkpoints checkpoints = world.bean(Checkpoints.class);
		long matrix = checkpoints
			.create(admin,
					new CheckpointRequest(world.unique("MX"), world.unique("矩阵卡点"), "VILLAGE", null, tree.node("工农乡"),
							null, null))
			.id();
		world.records("matrixCheckpoint").reference(matrix);
		world.records("qr").reference(self.tokenOf(matrix));
		world.records("pageDuty")
			.reference(matrix,
					duty.assign(admin, matrix, new CrewDuty.NewAssignment(this.matrixCrew, null, null)).id());
		world.records("apiDuty")
			.reference(matrix,
					duty.assign(admin, matrix, new CrewDuty.NewAssignment(this.matrixCrew, null, null)).id());
	}

	private static long register(RouteWorld world, String user, long checkpoint, RegistrationJson body)
			throws Exception {
		return RouteWorld.id(world.postJson(user, "/api/v1/checkpoints/{id}/registrations", body.json(), checkpoint));
	}

	private long pendingAt(RouteWorld world, SelfRegistrations self, long checkpoint) {
		String code = self.submit(self.tokenOf(checkpoint),
				new RegistrationRequest("IN", "RESIDENT_ID", org.fangkong.support.TestIds.next(), "矩阵自助", "13900006666",
						"LOCAL", "铁力市", null, "TRAIN", null, null, null, null, null, null, null, null),
				world.unique("10.77."));
		Actor crew = (checkpoint == world.tree().checkpoint("神树火车站")) ? world.actor("crew")
				: world.actor(this.matrixCrew);
		return self.pending(crew, checkpoint)
			.stream()
			.filter((p) -> p.code().equals(code))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Override
	public List<RouteCase> routes() {
		return List.of(
				// the registry
				RouteCase.get("/checkpoints").allow(CHECKPOINTS),
				RouteCase.get("/checkpoints/new").allow(ADMIN).passing(CHECKPOINTS),
				RouteCase.post("/checkpoints/new")
					.allow(ADMIN)
					.passing(CHECKPOINTS)
					.param("code", (call) -> call.world().unique("MX"))
					.param("name", (call) -> call.world().unique("矩阵卡点"))
					.param("kind", "VILLAGE")
					.param("jurisdictionId", (call) -> call.world().tree().node("工农乡"))
					.expect(302),
				RouteCase.get("/api/v1/checkpoints").signedIn(),
				RouteCase.post("/api/v1/checkpoints")
					.allow(ADMIN)
					.json((call) -> """
							{"code":"%s","name":"%s","kind":"VILLAGE","jurisdictionId":%d}""".formatted(
							call.world().unique("MX"), call.world().unique("矩阵卡点"), call.world().tree().node("工农乡")))
					.expect(201),
				RouteCase.get("/api/v1/checkpoints/{id}").signedIn().record("checkpoint"),
				// the crew's pages
				RouteCase.get("/checkpoints/{id}/register").allow(CHECKPOINTS).record("checkpoint"),
				RouteCase.post("/checkpoints/{id}/register")
					.allow(CHECKPOINT_CREW)
					.passing(CHECKPOINTS)
					.record("checkpoint")
					.because("only the crew on duty registers")
					.param("idempotencyKey", (call) -> UUID.randomUUID())
					.param("direction", "IN")
					.param("idType", "RESIDENT_ID")
					.param("idNumber", (call) -> org.fangkong.support.TestIds.next())
					.param("name", "矩阵表单")
					.param("phone", "13900005555")
					.param("originClass", "LOCAL")
					.param("originPlace", "铁力市")
					.param("travelMode", "TRAIN")
					.param("temperature", "36.6")
					.param("healthCode", "GREEN")
					.param("outcome", "PASSED")
					.expect(302),
				registration(RouteCase.post("/checkpoints/{id}/registrations")).passing(CHECKPOINTS),
				registration(RouteCase.post("/api/v1/checkpoints/{id}/registrations")),
				RouteCase.get("/api/v1/checkpoints/{id}/registrations").allow(READERS).record("checkpoint"),
				RouteCase.get("/api/v1/checkpoints/{id}/stats").allow(READERS).record("checkpoint"),
				RouteCase.get("/api/v1/checkpoints/{id}/registrations/{registrationId}")
					.allow(READERS)
					.record("registration"),
				RouteCase.get("/checkpoints/{id}/prefill")
					.allow(CHECKPOINT_CREW)
					.passing(CHECKPOINTS)
					.record("checkpoint")
					.param("idType", "RESIDENT_ID")
					.param("idNumber", (call) -> this.knownIdNumber)
					.because("the last crossing at the checkpoints the crew member is on duty at (issue #9)"),
				RouteCase.get("/checkpoints/{id}/today")
					.allow(READERS)
					.passing(CHECKPOINTS)
					.record("checkpoint")
					.because("an administrator is no supervisor of registrations"),
				RouteCase.get("/checkpoints/{id}/stats")
					.allow(READERS)
					.passing(CHECKPOINTS)
					.record("checkpoint")
					.because("the crew page's counters (issue #8 item 9), readable as the day list"),
				RouteCase.get("/checkpoints/{id}/pending")
					.allow(CHECKPOINT_CREW)
					.passing(CHECKPOINTS)
					.record("checkpoint"),
				RouteCase.post("/checkpoints/{id}/pending/{selfId}/confirm")
					.allow(CHECKPOINT_CREW)
					.passing(CHECKPOINTS)
					.record("pending")
					.param("temperature", "36.5")
					.param("healthCode", "GREEN")
					.param("outcome", "PASSED")
					.foreignAnswers(403)
					.because("a crew not on duty at the checkpoint is refused")
					.expect(302),
				RouteCase.get("/checkpoints/{id}/poster").allow(CHECKPOINTS).record("checkpoint"),
				// crew duty
				RouteCase.get("/checkpoints/{id}/crew")
					.allow(DIRECTORS)
					.passing(CHECKPOINTS)
					.record("checkpoint")
					.because("crew names are for those who direct checkpoints"),
				RouteCase.post("/checkpoints/{id}/crew")
					.allow(ADMIN)
					.passing(CHECKPOINTS)
					.record("matrixCheckpoint")
					.param("username", (call) -> this.matrixCrew)
					.expect(302),
				RouteCase.post("/checkpoints/{id}/crew/{assignmentId}/end")
					.allow(ADMIN)
					.passing(CHECKPOINTS)
					.record("pageDuty")
					.expect(302),
				RouteCase.get("/api/v1/checkpoints/{id}/crew").allow(DIRECTORS).record("checkpoint"),
				RouteCase.post("/api/v1/checkpoints/{id}/crew")
					.allow(ADMIN)
					.record("matrixCheckpoint")
					.json((call) -> "{\"username\":\"" + this.matrixCrew + "\"}")
					.expect(201),
				RouteCase.delete("/api/v1/checkpoints/{id}/crew/{assignmentId}")
					.allow(ADMIN)
					.record("apiDuty")
					.expect(204),
				// the public QR form (PR3)
				RouteCase.get("/q/{token}").open().record("qr"),
				RouteCase.post("/q/{token}")
					.open()
					.record("qr")
					.with((call) -> clientAddress(call.world().unique("10.78.")))
					.param("direction", "IN")
					.param("idType", "RESIDENT_ID")
					.param("idNumber", (call) -> org.fangkong.support.TestIds.next())
					.param("name", "矩阵自助")
					.param("phone", "13900004444")
					.param("originClass", "LOCAL")
					.param("originPlace", "铁力市")
					.param("travelMode", "TRAIN")
					.param("passengers", "1")
					.because("the traveller gets a code to show the crew")
					.expect(200));
	}

	/**
	 * A crew registration as JSON, page or API: the crew on duty registers (201); at a
	 * checkpoint they do not serve the answer is 403, as the API has always said.
	 */
	private static RouteCase registration(RouteCase route) {
		return route.allow(CHECKPOINT_CREW)
			.record("checkpoint")
			.header("Idempotency-Key", (call) -> UUID.randomUUID())
			.json((call) -> RegistrationJson.crossing().json())
			.foreignAnswers(403)
			.because("only the crew on duty registers; a crew elsewhere is refused (403)")
			.expect(201);
	}

	private static RequestPostProcessor clientAddress(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
