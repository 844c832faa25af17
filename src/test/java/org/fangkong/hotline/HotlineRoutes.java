package org.fangkong.hotline;

import java.util.List;
import java.util.Set;

import org.fangkong.shared.Role;
import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RouteCase;
import org.fangkong.support.RouteWorld;

import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.HOTLINE_OPERATOR;

/**
 * The hotline (issue #12 item 3): operators log calls, refer them and record follow-ups;
 * commanders read the log; both search and add answers. The record: a call about symptoms
 * with a follow-up, logged by the demo operator.
 */
class HotlineRoutes implements ModuleRoutes {

	static final Set<Role> READERS = Set.of(HOTLINE_OPERATOR, COMMANDER);

	@Override
	public void prepare(RouteWorld world) throws Exception {
		long call = RouteWorld.id(world.postJson("hotline", "/api/v1/hotline/calls",
				"{\"callerPhone\":\"13600002222\",\"category\":\"SYMPTOMS\",\"question\":\"咳嗽\",\"followUpNeeded\":true}"));
		world.records("call").reference(call);
	}

	@Override
	public List<RouteCase> routes() {
		return List.of(RouteCase.get("/hotline").allow(READERS), RouteCase.get("/hotline/answers").allow(READERS),
				RouteCase.get("/hotline/calls/{id}").allow(READERS).record("call"),
				RouteCase.post("/hotline/calls")
					.allow(HOTLINE_OPERATOR)
					.passing(READERS)
					.param("category", "OTHER")
					.param("question", "matrix")
					.expect(302),
				RouteCase.post("/hotline/calls/{id}/referral")
					.allow(HOTLINE_OPERATOR)
					.passing(READERS)
					.record("call")
					.expect(302),
				RouteCase.post("/hotline/calls/{id}/follow-up")
					.allow(HOTLINE_OPERATOR)
					.passing(READERS)
					.record("call")
					.expect(302),
				RouteCase.get("/api/v1/hotline/calls").allow(READERS),
				RouteCase.post("/api/v1/hotline/calls")
					.allow(HOTLINE_OPERATOR)
					.json((call) -> "{\"category\":\"OTHER\",\"question\":\"matrix\"}")
					.expect(201),
				RouteCase.get("/api/v1/hotline/calls/{id}").allow(READERS).record("call"),
				RouteCase.post("/api/v1/hotline/calls/{id}/referral")
					.allow(HOTLINE_OPERATOR)
					.record("call")
					.expect(200, 422),
				RouteCase.post("/api/v1/hotline/calls/{id}/follow-up")
					.allow(HOTLINE_OPERATOR)
					.record("call")
					.expect(200, 422),
				RouteCase.get("/api/v1/hotline/answers").allow(READERS),
				RouteCase.post("/api/v1/hotline/answers")
					.allow(READERS)
					.json((call) -> "{\"category\":\"OTHER\",\"question\":\"matrix\",\"answer\":\"matrix\"}")
					.expect(201));
	}

}
