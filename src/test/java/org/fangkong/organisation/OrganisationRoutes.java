package org.fangkong.organisation;

import java.util.List;
import java.util.Set;

import org.fangkong.shared.Role;
import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RouteCase;
import org.fangkong.support.RouteWorld;

import static org.fangkong.shared.Role.ADMIN;
import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.HQ_STAFF;

/** The command HQ (R-CMD-1): its pages and working groups, for HQ roles. */
class OrganisationRoutes implements ModuleRoutes {

	static final Set<Role> HQ = Set.of(COMMANDER, HQ_STAFF, ADMIN);

	@Override
	public void prepare(RouteWorld world) {
		world.records("group").reference(world.bean(Organisation.class).workingGroups().get(0).id());
	}

	@Override
	public List<RouteCase> routes() {
		return List.of(RouteCase.get("/organisation").allow(HQ),
				RouteCase.get("/organisation/groups/{id}").allow(HQ).record("group"),
				RouteCase.get("/api/v1/working-groups").allow(HQ));
	}

}
