package org.fangkong.gis;

import java.util.Set;

import org.fangkong.shared.Actor;
import org.fangkong.shared.ForbiddenException;
import org.fangkong.shared.Role;

/**
 * Who sees the map: the roles that read the ledger (commanders, HQ staff, township
 * officers, grid workers), each inside their own jurisdiction, and administrators (grids
 * and checkpoints, to check imported boundaries; the key persons stay the ledger
 * readers'). Who imports boundaries: administrators.
 */
public final class MapAccess {

	/** The roles of the page {@code /map} and of the grid and checkpoint layers. */
	public static final Set<Role> VIEWERS = Set.of(Role.COMMANDER, Role.HQ_STAFF, Role.TOWNSHIP_OFFICER,
			Role.GRID_WORKER, Role.ADMIN);

	private MapAccess() {
	}

	static void requireViewer(Actor actor) {
		if (!actor.hasAny(VIEWERS.toArray(Role[]::new))) {
			throw new ForbiddenException(actor.username() + " may not see the map");
		}
	}

	static void requireAdmin(Actor actor) {
		if (!actor.has(Role.ADMIN)) {
			throw new ForbiddenException(actor.username() + " may not import boundaries");
		}
	}

}
