package org.fangkong.gis;

import java.util.List;
import java.util.Set;

import org.fangkong.shared.Role;
import org.fangkong.support.ModuleRoutes;
import org.fangkong.support.RouteCase;

import static org.fangkong.shared.Role.ADMIN;
import static org.fangkong.shared.Role.COMMANDER;
import static org.fangkong.shared.Role.GRID_WORKER;
import static org.fangkong.shared.Role.HQ_STAFF;
import static org.fangkong.shared.Role.TOWNSHIP_OFFICER;

/**
 * The map (issue #14): the page and its layers for the ledger's readers and
 * administrators, the key persons for the ledger's readers only (an administrator passes
 * the page rule and is refused by the service), the boundary import for administrators,
 * the city's outline for everybody signed in (the forms' pin maps). Every answer is
 * scoped by the caller's node, so there are no records of other users.
 */
class GisRoutes implements ModuleRoutes {

	static final Set<Role> VIEWERS = Set.of(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, GRID_WORKER, ADMIN);

	static final Set<Role> READERS = Set.of(COMMANDER, HQ_STAFF, TOWNSHIP_OFFICER, GRID_WORKER);

	/** A square around 东岗社区's point. */
	static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[128.030,46.965],[128.045,46.965],"
			+ "[128.045,46.978],[128.030,46.978],[128.030,46.965]]]}";

	@Override
	public List<RouteCase> routes() {
		return List.of(RouteCase.get("/map").allow(VIEWERS).param("status", "ALL"),
				RouteCase.get("/map/data/checkpoints").allow(VIEWERS),
				RouteCase.get("/map/data/grids").allow(VIEWERS).param("measure", "HOME_OBSERVATION"),
				RouteCase.get("/map/data/outline").signedIn(),
				RouteCase.get("/map/data/key-persons")
					.allow(READERS)
					.passing(VIEWERS)
					.because("an administrator sees grids and checkpoints, not the ledger's persons"),
				RouteCase.get("/api/v1/map/checkpoints").allow(VIEWERS).param("kind", "KEY"),
				RouteCase.get("/api/v1/map/grids").allow(VIEWERS), RouteCase.get("/api/v1/map/outline").signedIn(),
				RouteCase.get("/api/v1/map/key-persons").allow(READERS).param("status", "ALL"),
				RouteCase.post("/api/v1/jurisdictions/{id}/boundary")
					.allow(ADMIN)
					.record("node")
					.json((call) -> SQUARE)
					.expect(200));
	}

}
