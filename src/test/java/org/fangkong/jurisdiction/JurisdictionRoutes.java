package org.fangkong.jurisdiction;

import java.util.List;
import java.util.Set;

import org.fangkong.shared.Role;
import org.fangkong.support.DemoTree;
import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RouteCase;
import org.fangkong.support.RouteWorld;

import static org.fangkong.shared.Role.ADMIN;
import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.GRID_WORKER;
import static org.fangkong.shared.Role.HQ_STAFF;
import static org.fangkong.shared.Role.TOWNSHIP_OFFICER;

/**
 * The jurisdiction tree: the pages for the roles that work in it, the API for everyone,
 * always bounded by the user's own node (R-GRID-1). Own versus foreign nodes: a user sees
 * their own node and below; anything else is a 404.
 */
class JurisdictionRoutes implements ModuleRoutes {

	static final Set<Role> TREE = Set.of(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, GRID_WORKER, ADMIN);

	@Override
	public void prepare(RouteWorld world) {
		DemoTree tree = world.tree();
		world.records("node")
			.reference(tree.node("东岗社区"))
			.own("grid", tree.node("东岗社区"))
			.foreign("grid", tree.node("新一村"))
			.own("grid2", tree.node("新一村"))
			.foreign("grid2", tree.node("东岗社区"))
			.own("township", tree.node("东岗社区"))
			.foreign("township", tree.node("工农乡"))
			.own("township", tree.node("铁力镇"))
			.foreign("township", tree.node("神树镇"))
			.own("crew", tree.node("神树镇"))
			.foreign("crew", tree.node("铁力镇"))
			.own("volunteer", tree.node("铁力镇"))
			.foreign("volunteer", tree.node("新一村"));
	}

	@Override
	public List<RouteCase> routes() {
		return List.of(RouteCase.get("/jurisdictions").allow(TREE).expect(302).because("forwards to the user's node"),
				RouteCase.get("/jurisdictions/{id}").allow(TREE).record("node"),
				RouteCase.get("/api/v1/jurisdictions").signedIn(),
				RouteCase.get("/api/v1/jurisdictions/{id}").signedIn().record("node"),
				RouteCase.get("/api/v1/jurisdictions/{id}/responsibility-chain").signedIn().record("node"));
	}

}
