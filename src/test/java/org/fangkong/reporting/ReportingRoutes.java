package org.fangkong.reporting;

import java.util.List;
import java.util.Set;

import org.fangkong.shared.Role;
import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RouteCase;
import org.fangkong.support.RouteWorld;
import org.fangkong.support.Scope;

import static org.fangkong.shared.Role.ADMIN;
import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.GRID_WORKER;
import static org.fangkong.shared.Role.HQ_STAFF;
import static org.fangkong.shared.Role.TOWNSHIP_OFFICER;

/**
 * The command dashboard (issue #10 items 2 and 8): commanders, HQ staff, township
 * officers, administrators and grid workers see it for their own node and below; a node
 * outside their scope, chosen with {@code jurisdictionId}, is a 404. The nodes are the
 * jurisdiction module's own and foreign nodes of each user.
 */
class ReportingRoutes implements ModuleRoutes {

	static final Set<Role> READERS = Set.of(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, ADMIN, GRID_WORKER);

	@Override
	public List<RouteCase> routes() {
		return List.of(byNode(RouteCase.get("/api/v1/dashboard")), byNode(RouteCase.get("/dashboard")),
				byNode(RouteCase.get("/dashboard/wall")), byNode(RouteCase.get("/dashboard/figures")));
	}

	/**
	 * One request per user and scope, for the first of the user's own or foreign nodes.
	 */
	private static RouteCase byNode(RouteCase route) {
		return route.allow(READERS)
			.variables((world, user, scope) -> first(world, user, scope).stream().map((node) -> new Object[0]).toList())
			.param("jurisdictionId", (call) -> first(call.world(), call.user(), call.scope()).get(0));
	}

	private static List<Object> first(RouteWorld world, String user, Scope scope) {
		return world.records("node").of(user, scope).stream().limit(1).map((v) -> v[0]).toList();
	}

}
